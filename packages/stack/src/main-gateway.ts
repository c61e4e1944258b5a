/** Runs the gateway as its own process over the committed supergraph: `pnpm start:gateway`. */
import { createVerifier, resolveJwtOptions } from "@revgraph/auth";
import { loadConfig } from "@revgraph/config";
import { rateLimitFromConfig, serveGateway } from "@revgraph/gateway";
import { createLogger } from "@revgraph/graph";
import { readCommittedSupergraph, readPersistedManifest } from "./compose";
import { webAppRoutes } from "./web-app";

const config = loadConfig();
const log = createLogger("gateway", config.logLevel);
const server = await serveGateway({
  supergraphSdl: readCommittedSupergraph(),
  subgraphUrls: config.subgraphUrls,
  verify: createVerifier(resolveJwtOptions(config)),
  port: config.ports.gateway,
  host: config.hosts.gateway,
  log,
  production: config.env === "production",
  metricsToken: config.metricsToken,
  persisted: { manifest: readPersistedManifest(), mode: config.persistedOperations },
  rateLimit: rateLimitFromConfig(config),
  apolloTelemetry: config.apolloTelemetry,
  // The built web app under /app/ when apps/web/dist exists; development sign-in is never served here.
  routes: webAppRoutes() ?? undefined,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
