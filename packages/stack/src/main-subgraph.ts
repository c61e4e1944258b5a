/** Runs one subgraph as its own process against DATABASE_URL: `pnpm start:subgraph <name>`. */
import { createVerifier, resolveJwtOptions } from "@revgraph/auth";
import { SUBGRAPH_NAMES, loadConfig, type SubgraphName } from "@revgraph/config";
import { openDatabase } from "@revgraph/db";
import { createLogger, serveSubgraph } from "@revgraph/graph";
import { subgraphDefinitions } from "./subgraphs";

const name = process.argv[2] as SubgraphName;
const config = loadConfig();
const log = createLogger(`subgraph-${name}`, config.logLevel);
if (!SUBGRAPH_NAMES.includes(name)) {
  log.fatal(`usage: start:subgraph <${SUBGRAPH_NAMES.join("|")}>`);
  process.exit(2);
}
if (!config.databaseUrl) {
  log.fatal("A subgraph running as its own process needs DATABASE_URL (the embedded database serves one process: use pnpm start)");
  process.exit(2);
}
const definition = subgraphDefinitions(config).find((d) => d.name === name)!;
const database = openDatabase({ url: config.databaseUrl, maxConnections: config.databasePoolSize });
await database.migrate();
const server = await serveSubgraph({
  name,
  schema: await definition.buildSchema(),
  database,
  verify: createVerifier(resolveJwtOptions(config)),
  port: config.ports[name],
  host: config.hosts.subgraph,
  log,
  extendContext: definition.extendContext,
  production: config.env === "production",
  metricsToken: config.metricsToken,
});
const stopBackground = config.jobsEnabled && definition.startBackground ? await definition.startBackground({ db: database.db, log }) : async () => {};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    // Readiness turns false and requests in flight finish while the job worker hands back its job.
    await Promise.all([server.close(), stopBackground()]);
    await definition.stop?.();
    await database.close();
    process.exit(0);
  });
}
