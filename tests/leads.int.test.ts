import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const CREATE = `mutation($input: [CreateLeadInput!]!) {
  createLeads(input: $input) { createdCount existingCount errors { field code message } leads { id name status externalId } }
}`;
const COUNT = `query($filter: LeadFilter) { leads(first: 0, filter: $filter) { totalCount } }`;

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
});
afterAll(async () => {
  await stack?.close();
});

const total = async (user: TestUser, filter?: object) => (await user.client.query(COUNT, { filter })).leads.totalCount as number;

describe("createLeads", () => {
  it("creates leads in input order with custom attributes", async () => {
    const result = await rep.client.query(CREATE, {
      input: [
        { name: "First", attributes: { budget: 500000, firstTimeBuyer: true, region: "North" } },
        { name: "Second", status: "CONTACTED" },
      ],
    });
    expect(result.createLeads.errors).toEqual([]);
    expect(result.createLeads.createdCount).toBe(2);
    expect(result.createLeads.leads.map((l: any) => [l.name, l.status])).toEqual([
      ["First", "NEW"],
      ["Second", "CONTACTED"],
    ]);
  });

  it("is idempotent by externalId: a repeated import returns the same leads and creates none", async () => {
    const input = [
      { externalId: "crm-1", name: "Imported" },
      { externalId: "crm-2", name: "Imported 2" },
    ];
    const first = await rep.client.query(CREATE, { input });
    const again = await rep.client.query(CREATE, { input: [...input, { externalId: "crm-3", name: "New one" }] });
    expect(first.createLeads.createdCount).toBe(2);
    expect(again.createLeads.createdCount).toBe(1);
    expect(again.createLeads.existingCount).toBe(2);
    expect(again.createLeads.leads.slice(0, 2).map((l: any) => l.id)).toEqual(first.createLeads.leads.map((l: any) => l.id));
  });

  it("rejects the whole batch with per-row errors and writes nothing", async () => {
    const before = await total(rep);
    const result = await rep.client.query(CREATE, {
      input: [
        { name: "Fine" },
        { name: "", email: "not-an-email" },
        { name: "Closed", status: "WON" },
        { name: "Weird", attributes: { nested: { no: 1 } } },
        { name: "Negative", value: -5 },
      ],
    });
    expect(result.createLeads.leads).toEqual([]);
    expect(result.createLeads.errors.map((e: any) => [e.field, e.code])).toEqual([
      ["input.1.name", "REQUIRED"],
      ["input.1.email", "INVALID_EMAIL"],
      ["input.2.status", "USE_RECORD_CONVERSION"],
      ["input.3.attributes", "INVALID_ATTRIBUTES"],
      ["input.4.value", "OUT_OF_RANGE"],
    ]);
    expect(await total(rep)).toBe(before);
  });

  it("refuses 1,001 leads in one call and writes nothing", async () => {
    const before = await total(rep);
    const input = Array.from({ length: 1001 }, (_, i) => ({ name: `Bulk ${i}` }));
    const result = await rep.client.query(CREATE, { input });
    expect(result.createLeads.errors).toEqual([{ field: "input", code: "LIMIT_EXCEEDED", message: expect.stringContaining("1000") }]);
    expect(await total(rep)).toBe(before);
  });

  it("accepts exactly 1,000 leads in one call", async () => {
    const input = Array.from({ length: 1000 }, (_, i) => ({ name: `Thousand ${i}`, source: "Bulk" }));
    const result = await rep.client.query(CREATE, { input });
    expect(result.createLeads.createdCount).toBe(1000);
    expect(await total(rep, { source: ["Bulk"] })).toBe(1000);
  });

  it("answers an unknown enum value with a validation error", async () => {
    const result = await rep.client.raw(CREATE, { input: [{ name: "X", status: "MAYBE" }] });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toContain("MAYBE");
  });
});

describe("leads", () => {
  it("pages through a filtered list with cursors, without gaps or repeats", async () => {
    const org = await stack.createOrg();
    const owner = await org.user("rep");
    const other = await org.user("rep");
    await owner.client.query(CREATE, {
      input: Array.from({ length: 25 }, (_, i) => ({ name: `Paged ${String(i).padStart(2, "0")}`, assignedToId: i % 5 === 0 ? other.id : owner.id })),
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await owner.client.query(
        `query($after: String) { leads(first: 7, after: $after, filter: { mine: true }, orderBy: { field: NAME, direction: ASC }) {
          totalCount nodes { name assignedTo { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.leads.nodes.map((n: any) => n.name));
      expect(page.leads.totalCount).toBe(20);
      expect(page.leads.nodes.every((n: any) => n.assignedTo.id === owner.id)).toBe(true);
      if (!page.leads.pageInfo.hasNextPage) break;
      after = page.leads.pageInfo.endCursor;
    }
    const expected = Array.from({ length: 25 }, (_, i) => i)
      .filter((i) => i % 5 !== 0)
      .map((i) => `Paged ${String(i).padStart(2, "0")}`);
    expect(seen).toEqual(expected);
  });

  it("gives each edge a cursor that resumes the list after that lead", async () => {
    const org = await stack.createOrg();
    const owner = await org.user("rep");
    await owner.client.query(CREATE, { input: Array.from({ length: 6 }, (_, i) => ({ name: `Edge ${i}`, assignedToId: owner.id })) });
    const PAGE = `query($first: Int!, $after: String) { leads(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      edges { cursor node { name } } pageInfo { startCursor endCursor } } }`;
    const all: any = (await owner.client.query(PAGE, { first: 6 })).leads;
    expect(all.edges.map((e: any) => e.node.name)).toEqual(["Edge 0", "Edge 1", "Edge 2", "Edge 3", "Edge 4", "Edge 5"]);
    expect(all.pageInfo).toEqual({ startCursor: all.edges[0].cursor, endCursor: all.edges[5].cursor });
    const rest: any = (await owner.client.query(PAGE, { first: 6, after: all.edges[2].cursor })).leads;
    expect(rest.edges.map((e: any) => e.node.name)).toEqual(["Edge 3", "Edge 4", "Edge 5"]);
  });

  it("searches name, email and company case-insensitively", async () => {
    await rep.client.query(CREATE, { input: [{ name: "Zed", email: "zed@needle-corp.test" }, { name: "Yan", company: "NEEDLE Corp" }, { name: "Other" }] });
    const result = await rep.client.query(`{ leads(first: 10, filter: { search: "needle" }) { nodes { name } } }`);
    expect(result.leads.nodes.map((n: any) => n.name).sort()).toEqual(["Yan", "Zed"]);
  });

  it("refuses a page of 10,000 and a malformed cursor or id, naming the argument", async () => {
    const big = await rep.client.raw(`{ leads(first: 10000) { nodes { id } } }`);
    expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const cursor = await rep.client.raw(`{ leads(first: 5, after: "garbage") { nodes { id } } }`);
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const id = await rep.client.raw(`{ lead(id: "not-a-uuid") { id } }`);
    expect(id.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("updateLead", () => {
  it("changes fields, refuses closing statuses, and reports a missing lead as a typed error", async () => {
    const created = await rep.client.query(CREATE, { input: [{ name: "Editable" }] });
    const id = created.createLeads.leads[0].id;
    const update = `mutation($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { lead { name value status } errors { field code } } }`;
    const ok = await rep.client.query(update, { id, input: { name: "Edited", value: 1200, status: "QUALIFIED" } });
    expect(ok.updateLead).toEqual({ lead: { name: "Edited", value: 1200, status: "QUALIFIED" }, errors: [] });
    const won = await rep.client.query(update, { id, input: { status: "WON" } });
    expect(won.updateLead.errors).toEqual([{ field: "input.status", code: "USE_RECORD_CONVERSION" }]);
    const cleared = await rep.client.query(update, { id, input: { status: null } });
    expect(cleared.updateLead.errors).toEqual([{ field: "input.status", code: "REQUIRED" }]);
    const missing = await rep.client.query(update, { id: "00000000-0000-4000-8000-000000000000", input: { name: "x" } });
    expect(missing.updateLead.errors).toEqual([{ field: "id", code: "NOT_FOUND" }]);
  });
});
