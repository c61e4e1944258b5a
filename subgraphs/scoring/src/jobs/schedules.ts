/**
 * Recurring jobs. Each schedule row holds its next run time; the replica whose update advances it
 * enqueues that run, in the same transaction, so a run is enqueued once however many replicas tick.
 */
import { sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { JobQueue, rowsOf } from "./job-queue";

export interface Schedule {
  name: string;
  queue: string;
  intervalSeconds: number;
  /** The first run, aligned as the operator wants (e.g. 02:00 UTC for the nightly rescoring). */
  firstRunAt: Date;
}

export async function ensureSchedules(db: Database, schedules: Schedule[]): Promise<void> {
  for (const s of schedules) {
    await db
      .insert(schema.jobSchedules)
      .values({ name: s.name, queue: s.queue, intervalSeconds: s.intervalSeconds, nextRunAt: s.firstRunAt })
      .onConflictDoUpdate({ target: schema.jobSchedules.name, set: { queue: s.queue, intervalSeconds: s.intervalSeconds } });
  }
}

/** Enqueues every schedule that is due and moves it to its next future slot. Returns the queues enqueued. */
export async function enqueueDueSchedules(db: Database, now: Date): Promise<string[]> {
  // Raw SQL takes the instant as text: the postgres.js driver does not serialize Date parameters here.
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const due = rowsOf<{ name: string; queue: string }>(
      await tx.execute(sql`
        update scoring.job_schedules
        set last_run_at = ${at}::timestamptz,
            next_run_at = next_run_at + make_interval(secs => interval_seconds * (floor(extract(epoch from (${at}::timestamptz - next_run_at)) / interval_seconds) + 1))
        where next_run_at <= ${at}::timestamptz
        returning name, queue`),
    );
    const queue = new JobQueue(db);
    for (const row of due) await queue.enqueue({ queue: row.queue, singletonKey: `schedule:${row.name}` }, tx);
    return due.map((row) => row.queue);
  });
}

/** The next occurrence of `hour`:00 UTC on `weekday` (0 = Sunday; undefined = any day) after `now`. */
export function nextSlot(now: Date, hour: number, weekday?: number): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  while (slot <= now || (weekday !== undefined && slot.getUTCDay() !== weekday)) slot.setUTCDate(slot.getUTCDate() + 1);
  return slot;
}
