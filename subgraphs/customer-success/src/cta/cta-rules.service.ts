/** Runs the automatic CTA rules for an organization (or every organization), raising through raiseCta. */
import { and, between, eq, ne, sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { AccountHealthRepository } from "../account/account-health.repository";
import { TREND_WINDOW } from "../account/health-trend";
import { RENEWAL_WINDOW_DAYS, renewalAtRisk } from "./cta-rules";
import { DAY_MS } from "./cta-urgency";
import { raiseCta } from "./raise-cta";

export interface CtaRulesRun {
  accountsChecked: number;
  raised: number;
  alreadyOpen: number;
  inCooldown: number;
}

const { accounts } = schema;

/** From midnight UTC today to the end of the day RENEWAL_WINDOW_DAYS ahead. */
function renewalWindow(now: Date): [Date, Date] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return [new Date(today), new Date(today + (RENEWAL_WINDOW_DAYS + 1) * DAY_MS - 1)];
}

export async function runCtaRules(db: Database, organizationId: string, now: Date): Promise<CtaRulesRun> {
  const [from, to] = renewalWindow(now);
  const candidates = await db
    .select({ id: accounts.id, renewalDate: accounts.renewalDate, lifecycleStage: accounts.lifecycleStage })
    .from(accounts)
    .where(and(eq(accounts.organizationId, organizationId), ne(accounts.lifecycleStage, "CHURNED"), between(accounts.renewalDate, from, to)));
  const run: CtaRulesRun = { accountsChecked: candidates.length, raised: 0, alreadyOpen: 0, inCooldown: 0 };
  if (candidates.length === 0) return run;
  const points = await new AccountHealthRepository(db, organizationId).recent(
    candidates.map((a) => a.id),
    TREND_WINDOW,
  );
  const history = new Map<string, { score: number }[]>();
  for (const point of points) history.set(point.accountId, [...(history.get(point.accountId) ?? []), point]);
  for (const cta of renewalAtRisk(candidates, history, now)) {
    const result = await raiseCta(
      db,
      { organizationId, accountId: cta.accountId, type: "RENEWAL", reason: "RENEWAL_AT_RISK", source: "RULE", priority: cta.priority, dueAt: cta.dueAt },
      now,
    );
    if (result.outcome === "RAISED") run.raised += 1;
    else if (result.outcome === "ALREADY_OPEN") run.alreadyOpen += 1;
    else if (result.outcome === "COOLDOWN") run.inCooldown += 1;
  }
  return run;
}

/** Every organization with a renewal in the window, one after the other. */
export async function runCtaRulesForAllOrganizations(db: Database, now: Date): Promise<CtaRulesRun & { organizations: number }> {
  const [from, to] = renewalWindow(now);
  const orgs = await db
    .selectDistinct({ organizationId: accounts.organizationId })
    .from(accounts)
    .where(and(ne(accounts.lifecycleStage, "CHURNED"), between(accounts.renewalDate, from, to)))
    .orderBy(sql`1`);
  const total = { organizations: orgs.length, accountsChecked: 0, raised: 0, alreadyOpen: 0, inCooldown: 0 };
  for (const { organizationId } of orgs) {
    const run = await runCtaRules(db, organizationId, now);
    total.accountsChecked += run.accountsChecked;
    total.raised += run.raised;
    total.alreadyOpen += run.alreadyOpen;
    total.inCooldown += run.inCooldown;
  }
  return total;
}
