/**
 * A job queue in Postgres (scoring.jobs). Workers claim with `for update skip locked`, so several
 * replicas never run one job at once; a claimed job holds a lease, and a job whose worker died
 * (lease expired) is claimed again until its attempts run out. Works on PGlite and PostgreSQL.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, schema, type Database } from "@revgraph/db";

export { rowsOf };

export type JobRow = typeof schema.jobs.$inferSelect;
const { jobs } = schema;

export interface EnqueueOptions {
  queue: string;
  payload?: Record<string, unknown>;
  organizationId?: string | null;
  /** At most one queued or running job per key; enqueueing again returns the existing one. */
  singletonKey?: string;
  parentId?: string;
  runAt?: Date;
  maxAttempts?: number;
}

type Executor = Pick<Database, "insert" | "select" | "update" | "execute">;

export class JobQueue {
  constructor(private readonly db: Database) {}

  async enqueue(options: EnqueueOptions, tx: Executor = this.db): Promise<JobRow> {
    const [inserted] = await tx
      .insert(jobs)
      .values({
        queue: options.queue,
        payload: options.payload ?? {},
        organizationId: options.organizationId ?? null,
        singletonKey: options.singletonKey ?? null,
        parentId: options.parentId ?? null,
        runAt: options.runAt ?? new Date(),
        maxAttempts: options.maxAttempts ?? 3,
      })
      .onConflictDoNothing({ target: jobs.singletonKey, where: sql`status in ('queued', 'running')` })
      .returning();
    if (inserted) return inserted;
    const [existing] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.singletonKey, options.singletonKey!), inArray(jobs.status, ["queued", "running"])));
    return existing!;
  }

  /** Claims the next due job of these queues (or one whose lease expired), or null. */
  async claim(queues: string[], workerId: string, leaseMs: number, now = new Date()): Promise<JobRow | null> {
    // Raw SQL takes instants as text: the postgres.js driver does not serialize Date parameters here.
    const at = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const rows = await this.db.execute<Record<string, unknown>>(sql`
      update scoring.jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId}, lease_until = ${leaseUntil}::timestamptz
      where id = (
        select id from scoring.jobs
        where queue in ${sql`(${sql.join(
          queues.map((q) => sql`${q}`),
          sql`, `,
        )})`}
          and ((status = 'queued' and run_at <= ${at}::timestamptz) or (status = 'running' and lease_until < ${at}::timestamptz))
        order by run_at, created_at
        for update skip locked
        limit 1)
      returning id`);
    const id = rowsOf<{ id: string }>(rows)[0]?.id;
    if (!id) return null;
    const [job] = await this.db.select().from(jobs).where(eq(jobs.id, id));
    return job ?? null;
  }

  async complete(id: string, result: unknown, now = new Date()): Promise<void> {
    await this.db.update(jobs).set({ status: "succeeded", result, finishedAt: now, leaseUntil: null }).where(eq(jobs.id, id));
  }

  /** Requeues with backoff while attempts remain, else marks the job failed. */
  async fail(job: JobRow, error: string, now = new Date()): Promise<void> {
    const exhausted = job.attempts >= job.maxAttempts;
    await this.db
      .update(jobs)
      .set(
        exhausted
          ? { status: "failed", lastError: error, finishedAt: now, leaseUntil: null }
          : { status: "queued", lastError: error, leaseUntil: null, runAt: new Date(now.getTime() + 2 ** job.attempts * 1000) },
      )
      .where(eq(jobs.id, job.id));
  }

  /** Extends the lease of a job this worker still holds (the heartbeat); false when it no longer holds it. */
  async renewLease(id: string, workerId: string, leaseMs: number, now = new Date()): Promise<boolean> {
    const renewed = await this.db
      .update(jobs)
      .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
      .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")))
      .returning({ id: jobs.id });
    return renewed.length > 0;
  }

  /** Hands a job this worker holds back to the queue, due now, without counting the interrupted attempt (a graceful stop). */
  async release(id: string, workerId: string, now = new Date()): Promise<void> {
    await this.db
      .update(jobs)
      .set({ status: "queued", lockedBy: null, leaseUntil: null, runAt: now, attempts: sql`greatest(0, ${jobs.attempts} - 1)` })
      .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")));
  }

  async progress(id: string, progress: Record<string, number>): Promise<void> {
    await this.db.update(jobs).set({ progress }).where(eq(jobs.id, id));
  }

  byId(id: string, organizationId: string): Promise<JobRow[]> {
    return this.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.organizationId, organizationId)));
  }
}
