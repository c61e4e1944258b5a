// Benchmark setup only: writes synthetic leads, outcomes, activities and cached predictions straight into the tables with multi-row inserts.
import crypto from "node:crypto";
import { schema, type Database } from "@revgraph/db";
import type { SyntheticLead } from "./synthetic-leads";

/**
 * Rows per insert statement. PostgreSQL allows 65,535 bind parameters, but PGlite 0.3 fails with
 * "RangeError: Invalid array length" in its protocol parser above 32,767: stay under that.
 */
const LEAD_CHUNK = 2_000;
const ACTIVITY_CHUNK = 6_000;

async function chunked<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Inserts the leads (and, for closed ones, their conversions) and their activities; returns the lead ids in order. */
export async function insertLeads(db: Database, organizationId: string, leads: SyntheticLead[]): Promise<string[]> {
  const ids = leads.map(() => crypto.randomUUID());
  await chunked(
    leads.map((l, i) => ({
      id: ids[i],
      organizationId,
      externalId: l.key,
      name: l.name,
      email: l.email,
      source: l.source,
      status: l.outcome ?? ("NEW" as const),
      assignedToId: l.assignedToId,
      attributes: l.attributes,
      createdAt: l.createdAt,
      updatedAt: l.closedAt ?? l.createdAt,
      closedAt: l.closedAt,
    })),
    LEAD_CHUNK,
    (chunk) => db.insert(schema.leads).values(chunk),
  );
  const closed = leads.flatMap((l, i) => (l.outcome && l.closedAt ? [{ l, i }] : []));
  await chunked(
    closed.map(({ l, i }) => ({
      organizationId,
      leadId: ids[i],
      outcome: l.outcome!,
      occurredAt: l.closedAt!,
      idempotencyKey: `bench-${l.key}`,
      recordedBy: l.assignedToId,
    })),
    LEAD_CHUNK,
    (chunk) => db.insert(schema.conversions).values(chunk),
  );
  const activities = leads.flatMap((l, i) => l.activities.map((a) => ({ organizationId, leadId: ids[i], type: a.type, occurredAt: a.occurredAt, recordedBy: l.assignedToId })));
  await chunked(activities, ACTIVITY_CHUNK, (chunk) => db.insert(schema.activities).values(chunk));
  return ids;
}

/** Cached default-model predictions for the leads, so a rescoring has a realistic cache to clear. */
export async function insertCachedPredictions(db: Database, organizationId: string, leadIds: string[], now: Date): Promise<void> {
  await chunked(
    leadIds.map((leadId) => ({
      organizationId,
      leadId,
      modelKey: "default",
      modelVersion: "default",
      fingerprint: "bench",
      probability: 0.2,
      confidence: "LOW",
      personalized: false,
      factors: [],
      reasoning: "benchmark fixture",
      predictedAt: now,
    })),
    LEAD_CHUNK,
    (chunk) => db.insert(schema.predictions).values(chunk),
  );
}
