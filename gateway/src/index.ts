/** The gateway: verifies the caller's token, plans queries over the committed supergraph, forwards identity. */
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin, type GraphQLServerContext } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { bearerToken, type TokenVerifier } from "@revgraph/auth";
import {
  createRateLimiter,
  rateLimitedError,
  rateLimitHeaders,
  serveApollo,
  serverPolicy,
  type Logger,
  type HttpRoutes,
  type OperationLimits,
  type RateLimiterOptions,
  type RunningServer,
} from "@revgraph/graph";
import type { Config } from "@revgraph/config";
import { persistedOperations, type PersistedOperationsMode } from "./persisted-operations";
import { subgraphFetch } from "./subgraph-fetcher";
import { SubgraphDataSource, type GatewayContext } from "./subgraph-data-source";

export type { GatewayContext };
export { PERSISTED_QUERY_NOT_ALLOWED, type PersistedOperationsMode } from "./persisted-operations";
export { subgraphFetch } from "./subgraph-fetcher";

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
  /** Per-user and per-organization request limits (defaults: DEFAULT_RATE_LIMITS, counted in memory). */
  rateLimit?: Omit<RateLimiterOptions, "log">;
  /** When set, /metrics answers only requests bearing this token. */
  metricsToken?: string;
  /** Further paths served beside /graphql (the web app, development sign-in). */
  routes?: HttpRoutes;
  /** Development: what Apollo Sandbox opens with (document, variables, headers), worked out per page view. */
  sandbox?: () => Promise<SandboxInitialState>;
  /** Let @apollo/gateway send Apollo its usage report (Config.apolloTelemetry; default off). */
  apolloTelemetry?: boolean;
}

export interface SandboxInitialState {
  document: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export async function serveGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = options.log.child({ component: "gateway" });
  // Unless this variable says otherwise, ApolloGateway's constructor probes the metadata addresses of
  // four cloud providers and then reports usage to Apollo every hour. The variable is its only switch.
  // biome-ignore lint/style/noProcessEnv: sets a library's switch; the product's settings come from Config
  process.env.APOLLO_TELEMETRY_DISABLED = options.apolloTelemetry ? "false" : "true";
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    // Not the default fetcher (make-fetch-happen, whose HTTP caching a POST never uses: a third of
    // the gateway's CPU per request) nor Node's fetch (WHATWG streams: a fifth): see subgraph-fetcher.ts.
    buildService: ({ name, url }) => new SubgraphDataSource(options.subgraphUrls[name] ?? url, subgraphFetch),
  });
  const limiter = createRateLimiter({ ...options.rateLimit, log });
  const policy = serverPolicy<GatewayContext>({ service: "gateway", production: options.production ?? false, log, limits: options.limits });
  const persisted = persistedOperations<GatewayContext>(options.persisted?.manifest ?? new Map(), options.persisted?.mode ?? "accept");
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...policy,
    persistedQueries: persisted.persistedQueries,
    logger: log,
    plugins: [
      ...policy.plugins,
      ...persisted.plugins,
      {
        // Every answer to a counted request says where the caller stands.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (!contextValue.rateLimit) return;
              for (const [name, value] of Object.entries(rateLimitHeaders(contextValue.rateLimit))) response.http.headers.set(name, value);
            },
          };
        },
      },
      options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : sandboxLandingPage(options.sandbox),
    ],
  });
  const running = await serveApollo<GatewayContext>({
    metricsToken: options.metricsToken,
    routes: options.routes,
    server,
    port: options.port,
    host: options.host ?? "0.0.0.0",
    log,
    ready: () => checkSubgraphs(Object.values(options.subgraphUrls)),
    context: async (req, requestId) => {
      const token = bearerToken(req.headers.authorization);
      const identity = await options.verify(token);
      // Counted only once the caller is known; a refusal is HTTP 429 before any planning or subgraph call.
      const rateLimit = await limiter.check(identity);
      if (rateLimit && !rateLimit.allowed) throw rateLimitedError(rateLimit);
      return { identity, requestId, authorization: `Bearer ${token}`, rateLimit };
    },
  });
  log.info({ url: running.url, rateLimitStore: options.rateLimit?.redisUrl ? "redis" : "memory" }, "gateway listening");
  return {
    ...running,
    async close(closeOptions) {
      await running.close(closeOptions);
      await limiter.close();
    },
  };
}

/** The rate limits the configuration asks for (RATE_LIMIT_USER_PER_MINUTE, RATE_LIMIT_ORG_PER_MINUTE, REDIS_URL). */
export function rateLimitFromConfig(config: Config, keyPrefix?: string): Omit<RateLimiterOptions, "log"> {
  return {
    limits: { userPerWindow: config.rateLimit.userPerMinute, orgPerWindow: config.rateLimit.orgPerMinute, windowMs: 60_000 },
    redisUrl: config.rateLimit.redisUrl,
    keyPrefix,
  };
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

/**
 * Apollo Sandbox as the development landing page, opening on `initial()` (the flagship query with a
 * working token) computed when the page is opened, so it reflects the data and never expires.
 */
function sandboxLandingPage(initial?: () => Promise<SandboxInitialState>): ApolloServerPlugin<GatewayContext> {
  const render = async (state: SandboxInitialState | undefined): Promise<string> => {
    const plugin = ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, ...state });
    const listener = await plugin.serverWillStart?.({} as GraphQLServerContext);
    const page = await listener?.renderLandingPage?.();
    if (!page) throw new Error("Apollo's landing page plugin rendered no page");
    return typeof page.html === "string" ? page.html : page.html();
  };
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => render(initial ? await initial() : undefined) };
        },
      };
    },
  };
}
