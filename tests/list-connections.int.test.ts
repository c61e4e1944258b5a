// The organization-wide lists (accounts, profiles) are Relay connections: every row reachable a
// page at a time, in a stable order, with no silent cap at 100 (they used to stop at 100 rows).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CsmPortfolioDocument } from "@revgraph/client/graphql";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** Every page of a list, following endCursor, and the ids in the order they came. */
async function allPages(fetchPage: (after: string | null) => Promise<Page>): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const page = await fetchPage(after);
    pages++;
    totalCount = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { ids, pages, totalCount };
    after = page.pageInfo.endCursor;
    expect(pages).toBeLessThan(20);
  }
}

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("accounts connection", () => {
  const ACCOUNTS = `query($first: Int!, $after: String, $atRisk: Boolean) {
    accounts(first: $first, after: $after, atRisk: $atRisk) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name healthScore } } }
  }`;
  let rep: TestUser;
  /** The accounts as the list must order them: weakest health first, then name, then id. */
  let expected: { id: string; name: string; healthScore: number; atRisk: boolean; mine: boolean }[];

  beforeAll(async () => {
    rep = await (await stack.createOrg()).user();
    // 230 accounts over only 7 health scores and 3 names, so most order keys tie and the id decides.
    const rows = Array.from({ length: 230 }, (_, i) => ({
      organizationId: rep.organizationId,
      name: ["Acme", "Beta", "Cyan"][i % 3]!,
      domain: `co-${i}-${crypto.randomBytes(3).toString("hex")}.example`,
      healthScore: [20, 35, 39, 40, 70, 85, 99][i % 7]!,
      lifecycleStage: "ADOPTION" as const,
      csmId: i % 2 === 0 ? rep.id : "someone-else",
    }));
    const inserted = await stack.database.db.insert(schema.accounts).values(rows).returning();
    expected = inserted
      .map((a) => ({ id: a.id, name: a.name, healthScore: a.healthScore, atRisk: a.healthScore < 40 /* Account.atRisk for a live account */, mine: a.csmId === rep.id }))
      .sort((a, b) => a.healthScore - b.healthScore || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
    // Another organization's accounts, weaker than all of them: they must never appear.
    const other = await (await stack.createOrg()).user();
    await stack.database.db.insert(schema.accounts).values(
      Array.from({ length: 30 }, (_, i) => ({
        organizationId: other.organizationId,
        name: "Aardvark",
        domain: `other-${i}.example`,
        healthScore: 1,
        lifecycleStage: "ADOPTION" as const,
      })),
    );
  });

  it("pages through all 230 accounts, each page continuing exactly where the last ended", async () => {
    const run = await allPages(async (after) => (await rep.client.query(ACCOUNTS, { first: 100, after })).accounts);
    expect(run.pages).toBe(3);
    expect(run.totalCount).toBe(230);
    expect(run.ids).toEqual(expected.map((a) => a.id));
    // Smaller pages give the same sequence.
    const small = await allPages(async (after) => (await rep.client.query(ACCOUNTS, { first: 17, after })).accounts);
    expect(small.ids).toEqual(run.ids);
  });

  it("keeps the filters across pages", async () => {
    const atRisk = await allPages(async (after) => (await rep.client.query(ACCOUNTS, { first: 40, after, atRisk: true })).accounts);
    expect(atRisk.ids).toEqual(expected.filter((a) => a.atRisk).map((a) => a.id));
    expect(atRisk.totalCount).toBe(atRisk.ids.length);
  });

  it("pages the CSM portfolio's at-risk accounts through the typed client operation", async () => {
    const mine = expected.filter((a) => a.atRisk && a.mine);
    const run = await allPages(async (after) => {
      const { atRisk } = await rep.client.operation(CsmPortfolioDocument, { first: 25, after });
      return { ...atRisk, edges: atRisk.nodes.map((node, i) => ({ node, cursor: i === atRisk.nodes.length - 1 ? (atRisk.pageInfo.endCursor ?? "") : "" })) };
    });
    expect(run.ids).toEqual(mine.map((a) => a.id));
    expect(run.totalCount).toBe(mine.length);
  });

  it("refuses a forged or foreign cursor and an oversized page with BAD_USER_INPUT naming the argument", async () => {
    for (const after of ["not-a-cursor", forge([20, "Acme"]), forge(["20", "Acme", crypto.randomUUID()]), forge([20, "Acme", "1 or 1=1"]), "x".repeat(2000)]) {
      const result = await rep.client.raw(ACCOUNTS, { first: 10, after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      expect(result.data ?? null).toBeNull();
    }
    const huge = await rep.client.raw(ACCOUNTS, { first: 101 });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("profiles connection", () => {
  const PROFILES = `query($first: Int!, $after: String, $temperature: Temperature) {
    profiles(first: $first, after: $after, temperature: $temperature) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id temperature lastActiveAt } } }
  }`;
  let rep: TestUser;
  let expected: { id: string; lastActiveAt: Date | null; totalSessions: number }[];

  beforeAll(async () => {
    rep = await (await stack.createOrg()).user();
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
      input: Array.from({ length: 160 }, (_, i) => ({ name: `Customer ${i}`, email: `customer${i}@example.test`, assignedToId: rep.id })),
    });
    expect(created.createLeads.errors).toEqual([]);
    const base = Date.parse("2026-05-01T12:00:00.000Z");
    const rows = created.createLeads.leads.map(({ id }: { id: string }, i: number) => ({
      organizationId: rep.organizationId,
      leadId: id,
      preferences: { configurations: [], locations: [], mustHaveAmenities: [], avoidedAmenities: [] },
      // Ties on the last visit (every fifth hour repeats) and some never active at all.
      lastActiveAt: i % 9 === 0 ? null : new Date(base - (i % 40) * 3_600_000),
      totalSessions: i % 25,
    }));
    const inserted = await stack.database.db.insert(schema.customerProfiles).values(rows).returning();
    expected = inserted
      .map((p) => ({ id: p.id, lastActiveAt: p.lastActiveAt, totalSessions: p.totalSessions }))
      .sort((a, b) => {
        const ta = a.lastActiveAt?.getTime() ?? Number.NEGATIVE_INFINITY;
        const tb = b.lastActiveAt?.getTime() ?? Number.NEGATIVE_INFINITY;
        return tb - ta || (a.id < b.id ? 1 : -1);
      });
  });

  it("pages through all 160 profiles most recently active first, never-active last, with no duplicates or gaps", async () => {
    const run = await allPages(async (after) => (await rep.client.query(PROFILES, { first: 100, after })).profiles);
    expect(run.pages).toBe(2);
    expect(run.totalCount).toBe(160);
    expect(run.ids).toEqual(expected.map((p) => p.id));
    const small = await allPages(async (after) => (await rep.client.query(PROFILES, { first: 13, after })).profiles);
    expect(small.ids).toEqual(run.ids);
  });

  it("keeps the temperature filter across pages, the same profiles as CustomerProfile.temperature names", async () => {
    const all = await allPages(async (after) => (await rep.client.query(PROFILES, { first: 100, after })).profiles);
    const byTemperature = new Map<string, string[]>();
    let after: string | null = null;
    for (;;) {
      const page: { pageInfo: Page["pageInfo"]; edges: { node: { id: string; temperature: string } }[] } = (await rep.client.query(PROFILES, { first: 100, after })).profiles;
      for (const e of page.edges) byTemperature.set(e.node.temperature, [...(byTemperature.get(e.node.temperature) ?? []), e.node.id]);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect([...byTemperature.values()].flat().length).toBe(all.ids.length);
    for (const temperature of ["HOT", "WARM", "COLD"]) {
      const run = await allPages(async (after) => (await rep.client.query(PROFILES, { first: 30, after, temperature })).profiles);
      expect(run.ids).toEqual(byTemperature.get(temperature) ?? []);
    }
  });

  it("shows another organization none of them, and refuses forged cursors", async () => {
    const stranger = await (await stack.createOrg()).user();
    expect((await stranger.client.query(PROFILES, { first: 100 })).profiles).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    for (const after of ["%%%", forge([1.5]), forge(["soon", crypto.randomUUID()]), forge([1.5, "not-a-uuid"])]) {
      const result = await rep.client.raw(PROFILES, { first: 10, after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });
});
