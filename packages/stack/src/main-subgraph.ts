/**
 * Runs one subgraph as its own process against DATABASE_URL: `pnpm start:subgraph <name>`. Given
 * several names it runs those subgraphs in one process (each on its own port, one connection pool),
 * for machines with fewer cores than subgraphs (see README, "Running in production").
 */
import { createVerifier, resolveJwtOptions } from "@revgraph/auth";
import { SUBGRAPH_NAMES, loadConfig, type SubgraphName } from "@revgraph/config";
import { openDatabase } from "@revgraph/db";
import { createLogger, serveSubgraph } from "@revgraph/graph";
import { subgraphDefinitions } from "./subgraphs";

const names = process.argv.slice(2) as SubgraphName[];
const config = loadConfig();
const log = createLogger(`subgraph-${names.join("+")}`, config.logLevel);
if (names.length === 0 || names.some((name) => !SUBGRAPH_NAMES.includes(name)) || new Set(names).size !== names.length) {
  log.fatal(`usage: start:subgraph <${SUBGRAPH_NAMES.join("|")}> [more of them, to run them in one process]`);
  process.exit(2);
}
if (!config.databaseUrl) {
  log.fatal("A subgraph running as its own process needs DATABASE_URL (the embedded database serves one process: use pnpm start)");
  process.exit(2);
}
const definitions = subgraphDefinitions(config).filter((d) => names.includes(d.name));
const database = openDatabase({ url: config.databaseUrl, maxConnections: config.databasePoolSize });
await database.migrate();
const verify = createVerifier(resolveJwtOptions(config));
const servers: Awaited<ReturnType<typeof serveSubgraph>>[] = [];
// One after another, as startStack does: type-graphql builds each schema from global metadata.
for (const definition of definitions) {
  servers.push(
    await serveSubgraph({
      name: definition.name,
      schema: await definition.buildSchema(),
      database,
      verify,
      port: config.ports[definition.name],
      host: config.hosts.subgraph,
      log,
      extendContext: definition.extendContext,
      production: config.env === "production",
      metricsToken: config.metricsToken,
    }),
  );
}
const stopBackground = await Promise.all(
  definitions.map((definition) => (config.jobsEnabled && definition.startBackground ? definition.startBackground({ db: database.db, log }) : async () => {})),
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    // Readiness turns false and requests in flight finish while the job workers hand back their jobs.
    await Promise.all([...servers.map((server) => server.close()), ...stopBackground.map((stop) => stop())]);
    for (const definition of definitions) await definition.stop?.();
    await database.close();
    process.exit(0);
  });
}
