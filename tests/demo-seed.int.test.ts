import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { Customer360Document } from "@revgraph/client/graphql";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { DEMO_TABLE_NAMES, seedDemoData, type SeedResult } from "../scripts/seed/load";
import { PLANTED_PAIR } from "../scripts/seed/generate-commerce";
import { DEMO_SEGMENTS } from "../scripts/seed/generate-segments";

let stack: TestStack;
let seeded: SeedResult;
beforeAll(async () => {
  stack = await startTestStack();
  seeded = await seedDemoData(stack.database.db, { now: new Date() });
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe("the demo seed", () => {
  it("writes every row it reports, in every table", async () => {
    expect(seeded.seeded).toBe(true);
    for (const [table, name] of Object.entries(DEMO_TABLE_NAMES)) {
      const result = await stack.database.db.execute(sql.raw(`select count(*)::int as n from ${name}`));
      const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as { n: number }[];
      expect(Number(rows[0]!.n), name).toBe(seeded.counts[table as keyof typeof seeded.counts]);
    }
  });
});

describe("the demo's commerce data through the gateway", () => {
  it("finds the planted pair as each organization's top bundle", async () => {
    for (const [organizationId, userId] of [
      ["org-acme-realty", "rep-alice"],
      ["org-summit-homes", "rep-grace"],
    ]) {
      const rep = await stack.as({ userId, organizationId });
      const { bundles } = await rep.query(`{ bundles(first: 3) { items { externalId } orders lift reason } }`);
      expect(bundles[0].items.map((i: { externalId: string }) => i.externalId).sort()).toEqual([...PLANTED_PAIR].sort());
      expect(bundles[0].lift).toBeGreaterThan(bundles[1].lift);
    }
  });

  it("answers a demo customer's lifetime value and recommendations in one query", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    // A customer with a profile and repeat purchases.
    const [row] = await stack.database.db
      .select({ leadId: schema.purchases.leadId })
      .from(schema.purchases)
      .innerJoin(schema.customerProfiles, eq(schema.customerProfiles.leadId, schema.purchases.leadId))
      .where(and(eq(schema.purchases.organizationId, "org-acme-realty")))
      .groupBy(schema.purchases.leadId)
      .having(sql`count(*) >= 3`)
      .limit(1);
    const { lead } = await rep.query(
      `query($id: ID!) { lead(id: $id) { id profile { lifetimeValue { expectedRevenue low high expectedPurchases probabilityAlive horizonDays model } }
        recommendedItems(first: 5) { item { externalId } reason } purchases(first: 50) { id } } }`,
      { id: row.leadId },
    );
    const ltv = lead.profile.lifetimeValue;
    expect(ltv).toMatchObject({ horizonDays: 365, model: "BG/NBD + Gamma-Gamma" });
    expect(ltv.expectedRevenue).toBeGreaterThan(0);
    expect(ltv.high).toBeGreaterThan(ltv.low);
    expect(lead.purchases.length).toBeGreaterThanOrEqual(3);
    expect(lead.recommendedItems).toHaveLength(5);
    for (const r of lead.recommendedItems) expect(r.reason).not.toBe("");
  });

  it("answers the app's one-request 360° view (Customer360) for a demo customer", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    const [row] = await stack.database.db
      .select({ leadId: schema.purchases.leadId })
      .from(schema.purchases)
      .innerJoin(schema.customerProfiles, eq(schema.customerProfiles.leadId, schema.purchases.leadId))
      .where(eq(schema.purchases.organizationId, "org-acme-realty"))
      .groupBy(schema.purchases.leadId)
      .having(sql`count(*) >= 3`)
      .limit(1);
    const { lead } = await rep.operation(Customer360Document, { id: row!.leadId });
    expect(lead?.prediction?.probability).toBeGreaterThanOrEqual(0);
    expect(lead?.prediction?.probability).toBeLessThanOrEqual(1);
    expect(lead?.nextActions.length).toBeGreaterThanOrEqual(1);
    expect(lead?.recommendedItems).toHaveLength(3);
    for (const r of lead?.recommendedItems ?? []) expect(r.reason).not.toBe("");
    expect(lead?.profile?.lifetimeValue?.expectedRevenue).toBeGreaterThan(0);
    expect(lead?.profile?.persona?.name).toBeTruthy();
    expect(Array.isArray(lead?.profile?.segments)).toBe(true);
  });

  it("answers Customer360 for an open demo lead with a well-formed purchase timing next to its persona and segments", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    // The newest open lead with a profile: timing is only for open leads, and a young one still has a real chance of being won.
    const [row] = await stack.database.db
      .select({ leadId: schema.leads.id })
      .from(schema.leads)
      .innerJoin(schema.customerProfiles, eq(schema.customerProfiles.leadId, schema.leads.id))
      .where(and(eq(schema.leads.organizationId, "org-acme-realty"), isNull(schema.leads.closedAt)))
      .orderBy(desc(schema.leads.createdAt))
      .limit(1);
    const { lead } = await rep.operation(Customer360Document, { id: row!.leadId });
    expect(["NEW", "CONTACTED", "QUALIFIED"]).toContain(lead?.status);

    const timing = lead?.profile?.purchaseTiming;
    expect(timing).toBeTruthy();
    const { probabilityWithin30Days: p30, probabilityWithin90Days: p90, expectedDaysToConversion: days } = timing!;
    expect(p30).toBeGreaterThanOrEqual(0);
    expect(p30).toBeLessThanOrEqual(p90);
    expect(p90).toBeLessThanOrEqual(1);
    expect(days).toBeGreaterThan(0);

    // The demo has thousands of profiles, enough for personas; segments are a list of the demo's saved ones, never "Buyers" for a lead that has bought nothing.
    expect(lead?.profile?.persona?.name).toBeTruthy();
    expect(lead?.profile?.persona?.description).toBeTruthy();
    const segmentNames = lead?.profile?.segments.map((s) => s.name) ?? [];
    for (const name of segmentNames) expect(DEMO_SEGMENTS.map((s) => s.name)).toContain(name);
    expect(segmentNames).not.toContain("Buyers");
    // Only won leads bought in the demo, and the schema promises no lifetime value before a first purchase.
    expect(lead?.profile).toHaveProperty("lifetimeValue", null);
  });
});
