import { sql } from "drizzle-orm";
import { index, integer, jsonb, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, scoringSchema } from "./_helpers";

export const jobStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * A Postgres job queue: workers claim jobs with `for update skip locked`, so replicas never run
 * one job twice; a job whose lease expires (crashed worker) is claimed again until attempts run out.
 */
export const jobs = scoringSchema.table(
  "jobs",
  {
    id: id(),
    organizationId: text(),
    queue: text().notNull(),
    payload: jsonb().notNull().default({}),
    status: text().$type<JobStatus>().notNull().default("queued"),
    /** Only one queued or running job per key (e.g. one retraining per rep at a time). */
    singletonKey: text(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(3),
    runAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    leaseUntil: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    lockedBy: text(),
    progress: jsonb(),
    result: jsonb(),
    lastError: text(),
    parentId: text(),
    createdAt: createdAt(),
    finishedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [
    index("jobs_claim_idx").on(t.queue, t.status, t.runAt),
    uniqueIndex("jobs_singleton_idx").on(t.singletonKey).where(sql`status in ('queued', 'running')`),
    index("jobs_parent_idx").on(t.parentId),
  ],
);

/** Recurring jobs: the replica that advances `nextRunAt` enqueues the run; the others see it moved. */
export const jobSchedules = scoringSchema.table("job_schedules", {
  name: text().primaryKey(),
  queue: text().notNull(),
  intervalSeconds: integer().notNull(),
  nextRunAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  lastRunAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
});
