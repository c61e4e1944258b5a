/** Polls the job queue and runs due jobs one at a time; ticks the recurring schedules. */
import crypto from "node:crypto";
import type { Database } from "@revgraph/db";
import type { Logger } from "@revgraph/graph";
import { JobQueue } from "./job-queue";
import { QUEUES, jobHandlers } from "./job-handlers";
import { enqueueDueSchedules, ensureSchedules, nextSlot } from "./schedules";

/** A claimed job's lease, renewed every HEARTBEAT_MS while it runs: a job whose worker died is claimed again within a minute. */
export const LEASE_MS = 60 * 1000;
const HEARTBEAT_MS = 15 * 1000;
/** How long a stop waits for the running job before handing it back to the queue. */
const STOP_GRACE_MS = 5 * 1000;
const DAY_SECONDS = 86_400;

export interface WorkerOptions {
  db: Database;
  log: Logger;
  pollMs?: number;
  now?: () => Date;
}

/**
 * Starts the worker; the returned function stops it: it waits a few seconds for the running job,
 * then hands that job back to the queue for another replica (or the next start) to run.
 */
export async function startJobWorker(options: WorkerOptions): Promise<() => Promise<void>> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: "jobs" });
  const workerId = `worker-${crypto.randomUUID()}`;
  const queue = new JobQueue(db);
  const pollMs = options.pollMs ?? 1000;
  await ensureSchedules(db, [
    { name: "nightly-rescore", queue: QUEUES.rescoreNightly, intervalSeconds: DAY_SECONDS, firstRunAt: nextSlot(now(), 2) },
    { name: "weekly-retrain", queue: QUEUES.retrainWeekly, intervalSeconds: 7 * DAY_SECONDS, firstRunAt: nextSlot(now(), 3, 0) },
  ]);

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let current: string | null = null;
  /** The job handed back on stop: its late result is not written over the queue's state. */
  let released: string | null = null;

  const tick = async () => {
    await enqueueDueSchedules(db, now());
    for (;;) {
      const job = await queue.claim(Object.keys(jobHandlers), workerId, LEASE_MS, now());
      if (!job) return;
      const started = Date.now();
      current = job.id;
      const heartbeat = setInterval(() => {
        queue.renewLease(job.id, workerId, LEASE_MS, now()).catch((error) => log.warn({ err: error, jobId: job.id }, "lease renewal failed"));
      }, HEARTBEAT_MS);
      try {
        const result = await jobHandlers[job.queue]!(job, { db, log, now });
        if (released !== job.id) await queue.complete(job.id, result ?? null, now());
        log.info({ jobId: job.id, queue: job.queue, ms: Date.now() - started }, "job succeeded");
      } catch (error) {
        if (released !== job.id) await queue.fail(job, (error as Error).message, now());
        log.error({ jobId: job.id, queue: job.queue, attempt: job.attempts, err: error }, "job failed");
      } finally {
        clearInterval(heartbeat);
        current = null;
      }
      if (stopped) return;
    }
  };
  const loop = () => {
    if (stopped) return;
    running = tick()
      .catch((error) => log.error({ err: error }, "job worker tick failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, pollMs);
      });
  };
  loop();
  log.info({ workerId, pollMs }, "job worker started");
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const finished = await Promise.race([running.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS).unref())]);
    if (!finished && current) {
      released = current;
      await queue.release(current, workerId, now());
      log.info({ jobId: current }, "job handed back to the queue on stop");
    }
  };
}
