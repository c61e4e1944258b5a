import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
let rep: TestUser;
let leadId: string;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user();
  const created = await rep.client.query(`mutation { createLeads(input: [{ name: "Valid" }]) { leads { id } } }`);
  leadId = created.createLeads.leads[0].id;
});
afterAll(async () => {
  await stack?.close();
});

const CREATE = `mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { createdCount errors { field code message } } }`;
const COUNT = `{ leads { totalCount } }`;
const cursorOf = (value: unknown, id = crypto.randomUUID()) => Buffer.from(JSON.stringify([value, id])).toString("base64url");

function expectBadInput(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }, field?: string | RegExp) {
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  if (field) expect(String(result.errors?.[0]?.extensions?.field ?? result.errors?.[0]?.message)).toMatch(field);
  expect(JSON.stringify(result.errors)).not.toMatch(/select|insert|params|violates|syntax for type/i);
}

describe("input is validated before it reaches SQL", () => {
  it("rejects an email of 32,000 dots fast, naming the field, and writes nothing", async () => {
    // Regression: the email regex ran before the length check and blocked the event loop for 6 s per row.
    const input = Array.from({ length: 100 }, (_, i) => ({ name: `Dots ${i}`, email: `a@${".".repeat(32_000)}@` }));
    const started = performance.now();
    const { createLeads } = await rep.client.query(CREATE, { input });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(createLeads.createdCount).toBe(0);
    expect(createLeads.errors).toHaveLength(100);
    expect(createLeads.errors[7]).toMatchObject({ field: "input.7.email", code: "TOO_LONG" });
    expect((await rep.client.query(COUNT)).leads.totalCount).toBe(1);
  });

  it("answers a forged cursor with BAD_USER_INPUT naming `after`, not a database error", async () => {
    for (const forged of [cursorOf("not-a-date"), cursorOf(12), cursorOf("2026-01-01T00:00:00.000Z", "x'); drop table leads;--"), "%%%", "A".repeat(5000)]) {
      expectBadInput(await rep.client.raw(`query($after: String) { leads(after: $after) { nodes { id } } }`, { after: forged }), "after");
    }
    expectBadInput(await rep.client.raw(`query($after: String) { leads(after: $after, orderBy: { field: VALUE }) { nodes { id } } }`, { after: cursorOf("a") }), "after");
  });

  it("refuses a NUL character in any string, in variables or in the document, before anything is written", async () => {
    expectBadInput(await rep.client.raw(CREATE, { input: [{ name: "Nul\u0000Byte" }] }), /input\.0\.name/);
    expectBadInput(await rep.client.raw(CREATE, { input: [{ name: "Attr", attributes: { note: "a\u0000b" } }] }), /input\.0\.attributes\.note/);
    expectBadInput(await rep.client.raw(`{ leads(filter: { search: "a\\u0000b" }) { nodes { id } } }`));
    expect((await rep.client.query(COUNT)).leads.totalCount).toBe(1);
  });

  it("refuses an activity dated 1900 or year 0001 with BAD_USER_INPUT and records nothing", async () => {
    const result = await rep.client.raw(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { recordedCount errors { field code } } }`, {
      input: [{ leadId, type: "CALL", occurredAt: "1900-01-01T00:00:00Z" }],
    });
    expectBadInput(result);
    expect(result.errors?.[0]?.message).toMatch(/occurredAt.*1970/s);
    // Year 0001 once came back as 2001; it is refused the same way instead of being silently moved.
    const yearOne = await rep.client.raw(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { recordedCount } }`, {
      input: [{ leadId, type: "CALL", occurredAt: "0001-01-01T00:00:00Z" }],
    });
    expectBadInput(yearOne);
    const { lead } = await rep.client.query(`query($id: ID!) { lead(id: $id) { activities { id } } }`, { id: leadId });
    expect(lead.activities).toEqual([]);
  });

  it("refuses deeply nested JSON attributes with a coded error instead of exhausting the stack", async () => {
    let nested: unknown = "deep";
    for (let i = 0; i < 3000; i++) nested = { a: nested };
    const result = await rep.client.raw(CREATE, { input: [{ name: "Nested", attributes: nested }] });
    expectBadInput(result, /input\.0\.attributes/);
    expect(result.errors?.[0]?.message).toMatch(/nested more than 32 levels/);
  });

  it("answers two operations without operationName with a coded 400, not a 500", async () => {
    const result = await rep.client.raw(`query A { me { id } } query B { me { id } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });
});
