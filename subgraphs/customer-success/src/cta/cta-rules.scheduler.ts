/**
 * The nightly run of the CTA rules (01:00 UTC). The customer-success subgraph cannot use the
 * scoring subgraph's job queue (it writes only its own schema), and the rules need no queue: they
 * are idempotent (raiseCta dedups) and a failed run is simply retried the next night. One schedule
 * row holds the next run time; the process whose update moves it runs the rules, so a run happens
 * once however many customer-success processes tick.
 */
import { sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { Logger } from "@revgraph/graph";
import { runCtaRulesForAllOrganizations } from "./cta-rules.service";

export const CTA_RULES_SCHEDULE = "cta-rules";
const DAY_SECONDS = 86_400;
/** How often a process looks at the schedule (a run is due once a day). */
const DEFAULT_POLL_MS = 60_000;

/** 01:00 UTC after `now`. */
function nextSlot(now: Date): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 1));
  if (slot <= now) slot.setUTCDate(slot.getUTCDate() + 1);
  return slot;
}

export async function ensureCtaRuleSchedule(db: Database, now: Date): Promise<void> {
  await db
    .insert(schema.ctaRuleSchedule)
    .values({ name: CTA_RULES_SCHEDULE, intervalSeconds: DAY_SECONDS, nextRunAt: nextSlot(now) })
    .onConflictDoNothing({ target: schema.ctaRuleSchedule.name });
}

/** Runs the rules if their run is due and this call is the one that moved the schedule on; null when it was not. */
export async function runDueCtaRules(db: Database, now: Date) {
  // Raw SQL takes the instant as text: the postgres.js driver does not serialize Date parameters here.
  const at = now.toISOString();
  const claimed = await db.execute(sql`
    update customer_success.cta_rule_schedule
    set last_run_at = ${at}::timestamptz,
        next_run_at = next_run_at + make_interval(secs => interval_seconds * (floor(extract(epoch from (${at}::timestamptz - next_run_at)) / interval_seconds) + 1))
    where name = ${CTA_RULES_SCHEDULE} and next_run_at <= ${at}::timestamptz
    returning name`);
  const rows = Array.isArray(claimed) ? claimed : ((claimed as { rows?: unknown[] }).rows ?? []);
  if (rows.length === 0) return null;
  return runCtaRulesForAllOrganizations(db, now);
}

/** Starts ticking; the returned function stops it after the run in progress, if any. */
export async function startCtaRuleScheduler(options: { db: Database; log: Logger; pollMs?: number; now?: () => Date }): Promise<() => Promise<void>> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: "cta-rules" });
  const pollMs = Math.max(options.pollMs ?? DEFAULT_POLL_MS, 100);
  await ensureCtaRuleSchedule(db, now());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const loop = () => {
    if (stopped) return;
    const started = Date.now();
    running = runDueCtaRules(db, now())
      .then((run) => {
        if (run) log.info({ ...run, ms: Date.now() - started }, "CTA rules ran");
      })
      .catch((error) => log.error({ err: error }, "CTA rules run failed"))
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
