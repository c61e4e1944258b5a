/** Writes the demo data into the database in one transaction, with chunked multi-row inserts; idempotent. */
import { eq, getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@revgraph/db";
import {
  accountAnomalies,
  accountHealthHistory,
  accountOutcomes,
  accountSignals,
  accounts,
  activities,
  conversions,
  ctaTasks,
  ctas,
  customerProfiles,
  items,
  leadScores,
  offers,
  segments,
  recoveryAttempts,
  purchaseLines,
  purchases,
  leads,
  organizations,
  playbooks,
  users,
} from "@revgraph/db/schema";
import { countRows, generateDemoData } from "./generate";
import { emptyDemoData, type DemoCounts, type DemoData, type DemoTable } from "./rows";

/** The organization whose presence means the demo data is already there. */
export const DEMO_ORGANIZATION_ID = "org-acme-realty";
/** Rows per INSERT statement (at most; see MAX_PARAMETERS_PER_STATEMENT). */
export const DEFAULT_CHUNK_SIZE = 1000;
/** Bind parameters per statement: far below Postgres' 65,535, and PGlite fails on much larger messages. */
const MAX_PARAMETERS_PER_STATEMENT = 20_000;
/** Serializes concurrent seeders (transaction-scoped advisory lock). */
const SEED_LOCK_KEY = 727_275;

const TABLES: Record<DemoTable, PgTable> = {
  organizations,
  users,
  leads,
  conversions,
  activities,
  leadScores,
  customerProfiles,
  items,
  purchases,
  purchaseLines,
  offers,
  segments,
  recoveryAttempts,
  accounts,
  accountHealthHistory,
  playbooks,
  ctas,
  ctaTasks,
  accountSignals,
  accountOutcomes,
  accountAnomalies,
};

/** Each demo table's schema-qualified Postgres name, e.g. `scoring.lead_scores`. */
export const DEMO_TABLE_NAMES = Object.fromEntries(
  Object.entries(TABLES).map(([key, table]) => {
    const { schema, name } = getTableConfig(table);
    return [key, schema ? `${schema}.${name}` : name];
  }),
) as Record<DemoTable, string>;

export interface SeedOptions {
  /** The moment the data is "as of". */
  now: Date;
  seed?: number;
  chunkSize?: number;
}

export interface SeedResult {
  /** False when the demo data was already present and nothing was written. */
  seeded: boolean;
  message: string;
  /** Rows inserted per table (all zero when nothing was written). */
  counts: DemoCounts;
}

/** True when the demo organization exists. */
export async function hasDemoData(db: Database): Promise<boolean> {
  // Leads, not the organization: signing in with a demo token provisions the organization first.
  const rows = await db.select({ id: leads.id }).from(leads).where(eq(leads.organizationId, DEMO_ORGANIZATION_ID)).limit(1);
  return rows.length > 0;
}

export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedResult> {
  if (await hasDemoData(db)) return skipped();
  const data = generateDemoData({ now: options.now, seed: options.seed });
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const written = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    // Another seeder may have finished while this one was generating.
    if (await hasDemoData(tx)) return false;
    await insertAll(tx, data, size);
    return true;
  });
  if (!written) return skipped();
  // Planner statistics for the bulk just loaded, now rather than whenever autovacuum gets to it (or
  // never, on a server that runs without it): without them PostgreSQL takes every table for nearly
  // empty and reads a page of 100 leads through the wrong index, several times slower.
  await db.execute(sql`analyze`);
  const counts = countRows(data);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { seeded: true, message: `Seeded ${total} rows of demo data.`, counts };
}

async function insertAll(tx: Database, data: DemoData, size: number): Promise<void> {
  // Organizations and users may have been provisioned from a token already: keep those.
  await tx.insert(organizations).values(data.organizations).onConflictDoNothing();
  await tx.insert(users).values(data.users).onConflictDoNothing();
  await inChunks(leads, data.leads, size, (chunk) => tx.insert(leads).values(chunk));
  await inChunks(conversions, data.conversions, size, (chunk) => tx.insert(conversions).values(chunk));
  await inChunks(activities, data.activities, size, (chunk) => tx.insert(activities).values(chunk));
  await inChunks(leadScores, data.leadScores, size, (chunk) => tx.insert(leadScores).values(chunk));
  // Profiles carry six JSON documents each: smaller statements.
  const profileSize = Math.ceil(size / 2);
  await inChunks(customerProfiles, data.customerProfiles, profileSize, (chunk) => tx.insert(customerProfiles).values(chunk));
  await inChunks(items, data.items, size, (chunk) => tx.insert(items).values(chunk));
  await inChunks(purchases, data.purchases, size, (chunk) => tx.insert(purchases).values(chunk));
  await inChunks(purchaseLines, data.purchaseLines, size, (chunk) => tx.insert(purchaseLines).values(chunk));
  await inChunks(offers, data.offers, size, (chunk) => tx.insert(offers).values(chunk));
  await inChunks(segments, data.segments, size, (chunk) => tx.insert(segments).values(chunk));
  await inChunks(recoveryAttempts, data.recoveryAttempts, size, (chunk) => tx.insert(recoveryAttempts).values(chunk));
  await inChunks(accounts, data.accounts, size, (chunk) => tx.insert(accounts).values(chunk));
  await inChunks(accountHealthHistory, data.accountHealthHistory, size, (chunk) => tx.insert(accountHealthHistory).values(chunk));
  await inChunks(accountSignals, data.accountSignals, size, (chunk) => tx.insert(accountSignals).values(chunk));
  await inChunks(accountOutcomes, data.accountOutcomes, size, (chunk) => tx.insert(accountOutcomes).values(chunk));
  await inChunks(accountAnomalies, data.accountAnomalies, size, (chunk) => tx.insert(accountAnomalies).values(chunk));
  await inChunks(playbooks, data.playbooks, size, (chunk) => tx.insert(playbooks).values(chunk));
  await inChunks(ctas, data.ctas, size, (chunk) => tx.insert(ctas).values(chunk));
  await inChunks(ctaTasks, data.ctaTasks, size, (chunk) => tx.insert(ctaTasks).values(chunk));
}

/** Inserts `rows` with one multi-row statement per chunk. */
async function inChunks<T>(table: PgTable, rows: readonly T[], size: number, insert: (chunk: T[]) => PromiseLike<unknown>): Promise<void> {
  const columns = Object.keys(getTableColumns(table)).length;
  const step = Math.max(1, Math.min(size, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns)));
  for (let start = 0; start < rows.length; start += step) {
    await insert(rows.slice(start, start + step));
  }
}

function skipped(): SeedResult {
  const counts = countRows(emptyDemoData());
  return { seeded: false, message: `Demo data already present (organization ${DEMO_ORGANIZATION_ID} exists); nothing written.`, counts };
}
