/**
 * The customer-success worker loop for churn: the nightly refresh of expired and missing
 * predictions (02:30 UTC; one row named "churn-refresh" in customer_success.cta_rule_schedule, the
 * subgraph's schedule table, claimed by the process whose update moves it, as the CTA rules are)
 * and the portfolio jobs managers queue (customer_success.jobs, claimed with skip locked).
 */
import { sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { Logger } from "@revgraph/graph";
import { predictChurnInBatch, refreshExpiredChurnPredictions } from "./churn-batch";
import { claimJob, finishJob, PORTFOLIO_JOB, reportJobProgress } from "./churn-job.repository";

export const CHURN_REFRESH_SCHEDULE = "churn-refresh";
const DAY_SECONDS = 86_400;
const DEFAULT_POLL_MS = 5_000;

/** 02:30 UTC after `now`. */
function nextSlot(now: Date): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2, 30));
  if (slot <= now) slot.setUTCDate(slot.getUTCDate() + 1);
  return slot;
}

export async function ensureChurnRefreshSchedule(db: Database, now: Date): Promise<void> {
  await db
    .insert(schema.ctaRuleSchedule)
    .values({ name: CHURN_REFRESH_SCHEDULE, intervalSeconds: DAY_SECONDS, nextRunAt: nextSlot(now) })
    .onConflictDoNothing({ target: schema.ctaRuleSchedule.name });
}

/** Runs the nightly refresh when it is due and this call moved the schedule on; null otherwise. */
export async function runDueChurnRefresh(db: Database, now: Date) {
  const at = now.toISOString();
  const claimed = await db.execute(sql`
    update customer_success.cta_rule_schedule
    set last_run_at = ${at}::timestamptz,
        next_run_at = next_run_at + make_interval(secs => interval_seconds * (floor(extract(epoch from (${at}::timestamptz - next_run_at)) / interval_seconds) + 1))
    where name = ${CHURN_REFRESH_SCHEDULE} and next_run_at <= ${at}::timestamptz
    returning name`);
  const rows = Array.isArray(claimed) ? claimed : ((claimed as { rows?: unknown[] }).rows ?? []);
  if (rows.length === 0) return null;
  return refreshExpiredChurnPredictions(db, now);
}

/** Runs one queued job, if any; false when there was none. */
export async function runNextChurnJob(db: Database, now: () => Date): Promise<boolean> {
  const job = await claimJob(db, now());
  if (!job) return false;
  try {
    if (job.kind !== PORTFOLIO_JOB) throw new Error(`Unknown job kind ${job.kind}`);
    const result = await predictChurnInBatch(db, job.organizationId, now(), {
      all: true,
      onProgress: (done, total) => reportJobProgress(db, job.id, done, total, now()),
    });
    await finishJob(db, job.id, { result }, now());
  } catch (error) {
    await finishJob(db, job.id, { error: error instanceof Error ? error.message : String(error) }, now());
  }
  return true;
}

/** Starts ticking; the returned function stops it after the work in progress. */
export async function startChurnScheduler(options: { db: Database; log: Logger; pollMs?: number; now?: () => Date }): Promise<() => Promise<void>> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: "churn-batch" });
  const pollMs = Math.max(options.pollMs ?? DEFAULT_POLL_MS, 100);
  await ensureChurnRefreshSchedule(db, now());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const refreshed = await runDueChurnRefresh(db, now());
    if (refreshed) log.info(refreshed, "nightly churn refresh ran");
    while (!stopped && (await runNextChurnJob(db, now))) log.info("churn portfolio job ran");
  };
  const loop = () => {
    if (stopped) return;
    running = tick()
      .catch((error) => log.error({ err: error }, "churn batch failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, pollMs);
      });
  };
  loop();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
