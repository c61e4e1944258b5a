/** Customer-success background jobs (portfolio churn runs): queued by a manager, claimed by one process's worker loop. */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type CsJobRow = typeof schema.customerSuccessJobs.$inferSelect;
const { customerSuccessJobs: jobs } = schema;
export const PORTFOLIO_JOB = "CHURN_PORTFOLIO";
/** A RUNNING job not heard from for this long (its process died) is claimed again. */
export const JOB_LEASE_MS = 5 * 60_000;

export class CsJobRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /** The organization's queued or running job of this kind, or a new queued one. */
  async enqueueOnce(kind: string, requestedBy: string, total: number): Promise<CsJobRow> {
    return this.db.transaction(async (tx) => {
      // One job per organization and kind at a time: serialize on a transaction-level advisory lock.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${this.organizationId}:${kind}`}))`);
      const [open] = await tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.organizationId, this.organizationId), eq(jobs.kind, kind), inArray(jobs.status, ["QUEUED", "RUNNING"])))
        .limit(1);
      if (open) return open;
      const [created] = await tx.insert(jobs).values({ organizationId: this.organizationId, kind, requestedBy, total }).returning();
      return created!;
    });
  }

  async find(id: string): Promise<CsJobRow | null> {
    const [row] = await this.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.organizationId, this.organizationId), eq(jobs.id, id)));
    return row ?? null;
  }

  latest(kind: string): Promise<CsJobRow[]> {
    return this.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.organizationId, this.organizationId), eq(jobs.kind, kind)))
      .orderBy(desc(jobs.createdAt))
      .limit(1);
  }
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as Record<string, unknown>[];
}

/** Claims the oldest queued job (or a running one whose lease passed), across organizations; null when none. */
export async function claimJob(db: Database, now: Date): Promise<{ id: string; organizationId: string; kind: string } | null> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + JOB_LEASE_MS).toISOString();
  const result = await db.execute(sql`
    update customer_success.jobs set status = 'RUNNING', started_at = ${at}::timestamptz, lease_until = ${lease}::timestamptz
    where id = (
      select id from customer_success.jobs
      where status = 'QUEUED' or (status = 'RUNNING' and lease_until < ${at}::timestamptz)
      order by created_at limit 1 for update skip locked)
    returning id, organization_id, kind`);
  const [row] = rowsOf(result);
  return row ? { id: String(row.id), organizationId: String(row.organization_id), kind: String(row.kind) } : null;
}

export async function reportJobProgress(db: Database, id: string, done: number, total: number, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ done, total, leaseUntil: new Date(now.getTime() + JOB_LEASE_MS) })
    .where(eq(jobs.id, id));
}

export async function finishJob(db: Database, id: string, outcome: { result: unknown } | { error: string }, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set(
      "error" in outcome
        ? { status: "FAILED", lastError: outcome.error.slice(0, 500), finishedAt: now, leaseUntil: null }
        : { status: "SUCCEEDED", result: outcome.result, finishedAt: now, leaseUntil: null },
    )
    .where(eq(jobs.id, id));
}
