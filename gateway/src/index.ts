/** The gateway: verifies the caller's token, plans queries over the committed supergraph, forwards identity. */
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { bearerToken, type TokenVerifier } from "@revgraph/auth";
import { serveApollo, serverPolicy, type Logger, type OperationLimits, type RunningServer } from "@revgraph/graph";
import { persistedOperations, type PersistedOperationsMode } from "./persisted-operations";
import { SubgraphDataSource, type GatewayContext } from "./subgraph-data-source";

export type { GatewayContext };
export { PERSISTED_QUERY_NOT_ALLOWED, type PersistedOperationsMode } from "./persisted-operations";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by subgraph name (overrides the supergraph's routing URLs). */
  subgraphUrls: Record<string, string>;
  verify: TokenVerifier;
  port: number;
  /** Interface to listen on (default all: the gateway is the public entry). */
  host?: string;
  log: Logger;
  production?: boolean;
  limits?: Partial<OperationLimits>;
  /** First-party clients' operations by sha256 (codegen's persisted-documents.json), and whether only those are accepted. */
  persisted?: { manifest: ReadonlyMap<string, string>; mode: PersistedOperationsMode };
}

export async function serveGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = options.log.child({ component: "gateway" });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: options.subgraphUrls[name] ?? url }),
  });
  const policy = serverPolicy<GatewayContext>({ production: options.production ?? false, log, limits: options.limits });
  const persisted = persistedOperations<GatewayContext>(options.persisted?.manifest ?? new Map(), options.persisted?.mode ?? "accept");
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...policy,
    persistedQueries: persisted.persistedQueries,
    logger: log,
    plugins: [
      ...policy.plugins,
      ...persisted.plugins,
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  const running = await serveApollo<GatewayContext>({
    server,
    port: options.port,
    host: options.host ?? "0.0.0.0",
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
