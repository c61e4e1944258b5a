/** Opens the product's database: a PostgreSQL server when a URL is given, else embedded PGlite. */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql, type Logger } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as schema from "./schema/index";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** The handle inside `db.transaction(async (tx) => ...)`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");

export interface DatabaseOptions {
  /** PostgreSQL connection URL. Absent: embedded PGlite. */
  url?: string;
  /** Directory for the embedded database; `undefined` keeps it in memory. */
  dataDir?: string;
  /** Connections in the pool (server only). */
  maxConnections?: number;
}

/** Counts statements sent to the database, so tests can prove batching. */
class CountingLogger implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
}

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Statements issued since the handle opened. */
  queryCount(): number;
  /** Applies the migrations in `migrationsFolder` (default: the committed ones) that have not run yet. */
  migrate(migrationsFolder?: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Distinct statement texts a process prepares; past it, new texts go unnamed as before. */
export const MAX_PREPARED_STATEMENTS = 300;

/**
 * drizzle sends every statement unnamed (`prepare: false`), and postgres.js then has to describe it
 * before it can bind its parameters: two round trips and a parse on the server for every statement,
 * and no pipelining behind it. Named statements are parsed once per connection and bound directly
 * after that. The texts are capped (lists of ids put their length into the text) so that the server
 * keeps a bounded number of statements per connection.
 */
export function preparingStatements(client: postgres.Sql, maxStatements = MAX_PREPARED_STATEMENTS): postgres.Sql {
  const prepared = new Set<string>();
  const named = (query: string) => {
    if (!prepared.has(query) && prepared.size < maxStatements) prepared.add(query);
    return prepared.has(query);
  };
  const prepareOn = (sql: postgres.Sql | postgres.TransactionSql) => {
    const unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((query: string, parameters?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) =>
      unsafe(query, parameters, { ...queryOptions, prepare: named(query) })) as typeof sql.unsafe;
  };
  prepareOn(client);
  // A transaction's statements go through the handle `begin` passes to its callback.
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  client.begin = ((...args: unknown[]) => {
    const callback = args.pop() as (tx: postgres.TransactionSql) => unknown;
    return begin(...args, (tx: postgres.TransactionSql) => {
      prepareOn(tx);
      return callback(tx);
    });
  }) as typeof client.begin;
  return client;
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const logger = new CountingLogger();
  if (options.url) {
    const client = preparingStatements(postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} }));
    const db = drizzlePostgres(client, { schema, casing: "snake_case", logger }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      queryCount: () => logger.count,
      async migrate(migrationsFolder = MIGRATIONS_FOLDER) {
        // Several processes may start at once: one migrates while the others wait on the lock.
        const single = postgres(options.url!, { max: 1, onnotice: () => {} });
        try {
          await single`select pg_advisory_lock(727274)`;
          await migratePostgres(drizzlePostgres(single, { casing: "snake_case" }), { migrationsFolder });
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      async ping() {
        await db.execute(sql`select 1`);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  const db = drizzlePglite(client, { schema, casing: "snake_case", logger }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    queryCount: () => logger.count,
    async migrate(migrationsFolder = MIGRATIONS_FOLDER) {
      await migratePglite(db as never, { migrationsFolder });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
