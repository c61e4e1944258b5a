// Churn predictions in bulk, through the customer-success worker loop: a manager's portfolio run
// with progress, and the nightly refresh of expired predictions.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ jobs: true });
});
afterAll(async () => {
  await stack?.close();
});

const JOB = `query($id: ID!) { churnPortfolioJob(id: $id) { id status total done result lastError finishedAt } }`;

async function newAccount(user: TestUser, input: Record<string, unknown> = {}): Promise<string> {
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } } }`, {
    input: { name: "Co", domain: `co-${crypto.randomBytes(4).toString("hex")}.example`, healthScore: 60, ...input },
  });
  return data.upsertAccount.account.id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const active = (organizationId: string) =>
  stack.database.db
    .select()
    .from(schema.churnPredictions)
    .where(and(eq(schema.churnPredictions.organizationId, organizationId), eq(schema.churnPredictions.status, "ACTIVE")));

describe("churn predictions in bulk", () => {
  it("predicts a manager's whole portfolio in a job that reports progress, skipping churned accounts", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const ids = [await newAccount(manager), await newAccount(manager), await newAccount(manager, { healthScore: 10, lifecycleStage: "AT_RISK" })];
    await newAccount(manager, { lifecycleStage: "CHURNED" });
    const { predictChurnForPortfolio: job } = await manager.client.query(`mutation { predictChurnForPortfolio { id status total done } }`);
    expect(job).toMatchObject({ total: 3, done: 0 });
    const finished = (
      await until(
        () => manager.client.query(JOB, { id: job.id }),
        (r) => r.churnPortfolioJob.status === "SUCCEEDED",
      )
    ).churnPortfolioJob;
    expect(finished).toMatchObject({ status: "SUCCEEDED", total: 3, done: 3, result: { accounts: 3, predicted: 3 }, lastError: null });
    expect((await active(org.id)).map((r) => r.accountId).sort()).toEqual([...ids].sort());
    // The CRITICAL one raised its CTA on the way.
    const [cta] = await stack.database.db.select().from(schema.ctas).where(eq(schema.ctas.organizationId, org.id));
    expect(cta).toMatchObject({ accountId: ids[2], reason: "CHURN_RISK_HIGH", source: "PREDICTION" });

    const other = await (await stack.createOrg()).user("manager");
    expect((await other.client.query(JOB, { id: job.id })).churnPortfolioJob).toBeNull();
  });

  it("refuses a rep who asks for a portfolio run with FORBIDDEN", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const refused = await rep.client.raw(`mutation { predictChurnForPortfolio { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refreshes expired predictions for every account when the nightly run is due", async () => {
    const org = await stack.createOrg();
    const csm = await org.user("manager");
    const withExpired = await newAccount(csm);
    const without = await newAccount(csm);
    const { account } = await csm.client.query(`query($id: ID!) { account(id: $id) { churnRisk { id } } }`, { id: withExpired });
    const { churnPredictions: p, ctaRuleSchedule: s } = schema;
    await stack.database.db
      .update(p)
      .set({ validUntil: new Date(Date.now() - 1000) })
      .where(eq(p.id, account.churnRisk.id));
    await stack.database.db
      .update(s)
      .set({ nextRunAt: new Date(Date.now() - 1000) })
      .where(eq(s.name, "churn-refresh"));
    const rows = await until(
      () => active(org.id),
      (r) => r.length === 2 && !r.some((x) => x.id === account.churnRisk.id),
    );
    expect(rows.map((r) => r.accountId).sort()).toEqual([withExpired, without].sort());
    const [old] = await stack.database.db.select().from(p).where(eq(p.id, account.churnRisk.id));
    expect(old!.status).toBe("EXPIRED");
    const [schedule] = await stack.database.db.select().from(s).where(eq(s.name, "churn-refresh"));
    expect(schedule!.nextRunAt.getTime()).toBeGreaterThan(Date.now());
  });
});
