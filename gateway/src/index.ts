/** The gateway: verifies the caller's token, plans queries over the committed supergraph, forwards identity. */
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { bearerToken, type Identity, type TokenVerifier } from "@revgraph/auth";
import { serveApollo, type Logger, type RunningServer } from "@revgraph/graph";

export interface GatewayContext {
  identity: Identity;
  /** The caller's own bearer token, passed on so each subgraph verifies it independently. */
  authorization: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by subgraph name (overrides the supergraph's routing URLs). */
  subgraphUrls: Record<string, string>;
  verify: TokenVerifier;
  port: number;
  log: Logger;
  production?: boolean;
}

export async function serveGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = options.log.child({ component: "gateway" });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: options.subgraphUrls[name] ?? url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
        },
      }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    logger: log,
    plugins: [
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  const running = await serveApollo<GatewayContext>({
    server,
    port: options.port,
    log,
    ready: () => checkSubgraphs(Object.values(options.subgraphUrls)),
    context: async (req) => {
      const token = bearerToken(req.headers.authorization);
      const identity = await options.verify(token);
      return { identity, authorization: `Bearer ${token}` };
    },
  });
  log.info({ url: running.url }, "gateway listening");
  return running;
}

/** Ready when every subgraph reports ready. */
async function checkSubgraphs(urls: string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url.replace(/\/graphql$/, "/health/ready"), { signal: AbortSignal.timeout(2000) });
      if (!response.ok) throw new Error(`${url} is not ready (${response.status})`);
    }),
  );
}
