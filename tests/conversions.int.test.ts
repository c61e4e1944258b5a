import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const RECORD = `mutation($input: RecordConversionInput!) {
  recordConversion(input: $input) { replayed errors { field code } conversion { id outcome } lead { id status closedAt } }
}`;

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
});
afterAll(async () => {
  await stack?.close();
});

async function newLead(name = "Lead"): Promise<string> {
  const r = await rep.client.query(`mutation($n: String!) { createLeads(input: [{ name: $n }]) { leads { id } } }`, { n: name });
  return r.createLeads.leads[0].id;
}

describe("recordConversion", () => {
  it("records one outcome when the same call is retried concurrently", async () => {
    const leadId = await newLead();
    const input = { leadId, outcome: "WON", idempotencyKey: "deal-42" };
    const results = await Promise.all(Array.from({ length: 8 }, () => rep.client.query(RECORD, { input })));
    const ids = new Set(results.map((r) => r.recordConversion.conversion.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.recordConversion.replayed)).toHaveLength(1);
    expect(results.every((r) => r.recordConversion.lead.status === "WON")).toBe(true);
    const rows = await stack.database.db.select().from(schema.conversions).where(eq(schema.conversions.leadId, leadId));
    expect(rows).toHaveLength(1);
  });

  it("answers a key raced for two leads with one conversion and a coded conflict, not an internal error", async () => {
    const leads = [await newLead("A"), await newLead("B")];
    const results = await Promise.all(leads.flatMap((leadId) => [1, 2, 3].map(() => rep.client.query(RECORD, { input: { leadId, outcome: "WON", idempotencyKey: "raced" } }))));
    const winners = new Set(results.filter((r) => r.recordConversion.errors.length === 0).map((r) => r.recordConversion.conversion.id));
    expect(winners.size).toBe(1);
    const conflicts = results.filter((r) => r.recordConversion.errors.length > 0);
    expect(conflicts).toHaveLength(3);
    for (const r of conflicts) expect(r.recordConversion.errors).toEqual([{ field: "input.idempotencyKey", code: "IDEMPOTENCY_KEY_REUSED" }]);
    const rows = await stack.database.db.select().from(schema.conversions).where(eq(schema.conversions.idempotencyKey, "raced"));
    expect(rows).toHaveLength(1);
  });

  it("refuses a second outcome for a closed lead under a different key", async () => {
    const leadId = await newLead();
    await rep.client.query(RECORD, { input: { leadId, outcome: "LOST", idempotencyKey: "a" } });
    const second = await rep.client.query(RECORD, { input: { leadId, outcome: "WON", idempotencyKey: "b" } });
    expect(second.recordConversion.errors).toEqual([{ field: "input.leadId", code: "ALREADY_CLOSED" }]);
    const lead = await rep.client.query(`query($id: ID!) { lead(id: $id) { status } }`, { id: leadId });
    expect(lead.lead.status).toBe("LOST");
  });

  it("refuses a key reused for another lead, a future date and a malformed id", async () => {
    const a = await newLead();
    const b = await newLead();
    await rep.client.query(RECORD, { input: { leadId: a, outcome: "WON", idempotencyKey: "shared" } });
    const reused = await rep.client.query(RECORD, { input: { leadId: b, outcome: "WON", idempotencyKey: "shared" } });
    expect(reused.recordConversion.errors).toEqual([{ field: "input.idempotencyKey", code: "IDEMPOTENCY_KEY_REUSED" }]);
    const future = await rep.client.query(RECORD, { input: { leadId: b, outcome: "WON", idempotencyKey: "f", occurredAt: "2999-01-01T00:00:00Z" } });
    expect(future.recordConversion.errors).toEqual([{ field: "input.occurredAt", code: "IN_FUTURE" }]);
    const malformed = await rep.client.query(RECORD, { input: { leadId: "42", outcome: "WON", idempotencyKey: "m" } });
    expect(malformed.recordConversion.errors).toEqual([{ field: "input.leadId", code: "INVALID_ID" }]);
    const lead = await rep.client.query(`query($id: ID!) { lead(id: $id) { status } }`, { id: b });
    expect(lead.lead.status).toBe("NEW");
  });
});
