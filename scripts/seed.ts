/** CLI: migrates the configured database and loads the demo data (`pnpm seed`). */
import { loadConfig } from "@revgraph/config";
import { openDatabase } from "@revgraph/db";
import { DEMO_TABLE_NAMES, seedDemoData } from "./seed/load";

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.embeddedDatabaseDir });
  const target = handle.kind === "postgres" ? "PostgreSQL server" : `embedded PGlite at ${config.embeddedDatabaseDir}`;
  try {
    const started = performance.now();
    await handle.migrate();
    const migrated = performance.now();
    // The only clock read: the demo data is "as of" now.
    const result = await seedDemoData(handle.db, { now: new Date() });
    const finished = performance.now();
    console.log(`Database: ${target}`);
    console.log(result.message);
    if (result.seeded) {
      const names = Object.values(DEMO_TABLE_NAMES);
      const width = Math.max(...names.map((name) => name.length));
      for (const [table, count] of Object.entries(result.counts)) {
        const name = DEMO_TABLE_NAMES[table as keyof typeof DEMO_TABLE_NAMES];
        console.log(`  ${name.padEnd(width)}  ${String(count).padStart(7)}`);
      }
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
    console.log(`Migrations ${seconds(migrated - started)}, seed ${seconds(finished - migrated)}, total ${seconds(finished - started)}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
