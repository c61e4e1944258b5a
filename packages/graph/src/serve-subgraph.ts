/** Runs one subgraph over HTTP: every request must carry a token the subgraph can verify itself. */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { bearerToken, type TokenVerifier } from "@revgraph/auth";
import type { DatabaseHandle } from "@revgraph/db";
import type { GraphQLSchema } from "graphql";
import type { BaseContext } from "./context";
import { serveApollo, type RunningServer } from "./http-server";
import type { Logger } from "./logger";
import type { OperationLimits } from "./operation-limits";
import { serverPolicy } from "./server-policy";

export interface SubgraphOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  database: DatabaseHandle;
  verify: TokenVerifier;
  port: number;
  /** Interface to listen on (default the loopback: subgraphs are reached through the gateway). */
  host?: string;
  log: Logger;
  /** Adds the subgraph's own per-request state (loaders, services) to the base context. */
  extendContext: (base: BaseContext) => TContext | Promise<TContext>;
  /** Hides error details from clients in production. */
  production?: boolean;
  limits?: Partial<OperationLimits>;
  /** When set, /metrics answers only requests bearing this token. */
  metricsToken?: string;
}

export async function serveSubgraph<TContext extends BaseContext>(options: SubgraphOptions<TContext>): Promise<RunningServer> {
  const log = options.log.child({ subgraph: options.name });
  const policy = serverPolicy<TContext>({ service: options.name, production: options.production ?? false, log, limits: options.limits });
  const server = new ApolloServer<TContext>({
    schema: options.schema,
    ...policy,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ...policy.plugins],
    logger: log,
  });
  const running = await serveApollo<TContext>({
    server,
    port: options.port,
    host: options.host ?? "127.0.0.1",
    log,
    trustRequestId: true,
    metricsToken: options.metricsToken,
    ready: () => options.database.ping(),
    context: async (req, requestId) => {
      const identity = await options.verify(bearerToken(req.headers.authorization));
      return options.extendContext({ identity, requestId, db: options.database.db, log });
    },
  });
  log.info({ url: running.url }, "subgraph listening");
  return running;
}
