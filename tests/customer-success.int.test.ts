import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const UPSERT = `mutation($input: UpsertAccountInput!) {
  upsertAccount(input: $input) { created account { id name domain healthScore lifecycleStage renewalDate atRisk attributes csmId arr } errors { field code message } }
}`;
const RECORD_HEALTH = `mutation($input: RecordAccountHealthInput!) {
  recordAccountHealth(input: $input) { account { id healthScore } point { score recordedAt } errors { field code message } }
}`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id name healthScore healthTrend healthHistory { score recordedAt } } }`;

type Err = { field: string; code: string };
const codes = (errors: Err[]) => errors.map((e) => [e.field, e.code]);

async function createLead(user: TestUser, email: string): Promise<string> {
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
    input: [{ name: `Lead at ${email}`, email, assignedToId: user.id }],
  });
  expect(data.createLeads.errors).toEqual([]);
  return data.createLeads.leads[0].id;
}

async function upsert(user: TestUser, input: Record<string, unknown>) {
  return (await user.client.query(UPSERT, { input })).upsertAccount;
}

async function recordHealth(user: TestUser, input: Record<string, unknown>) {
  return (await user.client.query(RECORD_HEALTH, { input })).recordAccountHealth;
}

/** A unique company domain per test, so tests never share accounts. */
const domain = () => `co-${crypto.randomBytes(4).toString("hex")}.example`;

describe("customer success", () => {
  it("answers the flagship query: a lead with its profile's scores and its company's account", async () => {
    const rep = await (await stack.createOrg()).user();
    const acme = domain();
    const leadId = await createLead(rep, `Ada.Lovelace@${acme.toUpperCase()}`);
    const created = await upsert(rep, {
      name: "Acme",
      domain: acme,
      healthScore: 72,
      lifecycleStage: "ADOPTION",
      renewalDate: "2026-09-30T00:00:00Z",
      attributes: { plan: "pro", seats: 40 },
      csmId: rep.id,
      arr: 48000,
    });
    expect(created).toMatchObject({
      created: true,
      errors: [],
      account: { domain: acme, healthScore: 72, renewalDate: "2026-09-30T00:00:00.000Z", atRisk: false, attributes: { plan: "pro", seats: 40 }, csmId: rep.id, arr: 48000 },
    });
    const interaction = await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { field } } }`, {
      input: { leadId, newSession: true, sentiment: 1, interest: { itemId: "plan-pro", name: "Pro plan", level: "HIGH" }, siteVisitScheduled: true },
    });
    expect(interaction.recordProfileInteraction.errors).toEqual([]);

    const data = await rep.client.query(
      `query($id: ID!) { lead(id: $id) { id profile { temperature engagementScore intentScore } account { name healthScore healthTrend healthHistory { score } } } }`,
      { id: leadId },
    );
    // Engagement 0.5 + 0 + 1 + 2; intent 1.5 + 3 + 1/3.
    expect(data.lead.profile.engagementScore).toBeCloseTo(3.5, 10);
    expect(data.lead.profile.intentScore).toBeCloseTo(4.5 + 1 / 3, 10);
    expect(data.lead.profile.temperature).toBe("COLD");
    expect(data.lead.account).toEqual({ name: "Acme", healthScore: 72, healthTrend: "STABLE", healthHistory: [{ score: 72 }] });
  });

  it("never matches a free-mail address to an account, and refuses free-mail account domains", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep, "someone@gmail.com");
    const refused = await upsert(rep, { name: "Gmail", domain: "GMAIL.com", healthScore: 50 });
    expect(codes(refused.errors)).toEqual([["input.domain", "FREE_MAIL_DOMAIN"]]);
    expect((await rep.client.query(`query($id: ID!) { lead(id: $id) { account { id } } }`, { id: leadId })).lead.account).toBeNull();
  });

  it("updates an account by domain and keeps the current score the newest point of its history", async () => {
    const rep = await (await stack.createOrg()).user();
    const d = domain();
    const { account } = await upsert(rep, { name: "Globex", domain: d, healthScore: 80, attributes: { plan: "pro" }, csmId: "csm-1", arr: 1000 });
    const again = await upsert(rep, { name: "Globex Corp", domain: d.toUpperCase(), healthScore: 70, lifecycleStage: "RENEWAL" });
    expect(again).toMatchObject({
      created: false,
      account: { id: account.id, name: "Globex Corp", healthScore: 70, lifecycleStage: "RENEWAL", attributes: { plan: "pro" }, csmId: "csm-1", arr: 1000 },
    });
    const cleared = await upsert(rep, { name: "Globex Corp", domain: d, attributes: null, csmId: null, arr: null });
    expect(cleared.account).toMatchObject({ healthScore: 70, attributes: {}, csmId: null, arr: null });

    const newer = await recordHealth(rep, { accountId: account.id, score: 60 });
    expect(newer).toMatchObject({ errors: [], account: { healthScore: 60 }, point: { score: 60 } });
    // A backfilled point joins the history without changing the current score.
    const backfilled = await recordHealth(rep, { accountId: account.id, score: 95, recordedAt: "2020-01-01T00:00:00.000Z" });
    expect(backfilled).toMatchObject({ errors: [], account: { healthScore: 60 }, point: { score: 95, recordedAt: "2020-01-01T00:00:00.000Z" } });
    const latest = await recordHealth(rep, { accountId: account.id, score: 50 });
    expect(latest.account.healthScore).toBe(50);

    const read = await rep.client.query(`query($id: ID!) { account(id: $id) { healthScore healthTrend healthHistory { score } two: healthHistory(first: 2) { score } } }`, {
      id: account.id,
    });
    expect(read.account).toEqual({
      healthScore: 50,
      healthTrend: "DECLINING",
      healthHistory: [{ score: 50 }, { score: 60 }, { score: 70 }, { score: 80 }, { score: 95 }],
      two: [{ score: 50 }, { score: 60 }],
    });
  });

  it("lists accounts weakest first, filtered by stage and by risk", async () => {
    const rep = await (await stack.createOrg()).user();
    const make = async (name: string, healthScore: number, lifecycleStage: string) => (await upsert(rep, { name, domain: domain(), healthScore, lifecycleStage })).account.id;
    const weak = await make("Weak", 30, "ADOPTION");
    const flagged = await make("Flagged", 90, "AT_RISK");
    const healthy = await make("Healthy", 85, "EXPANSION");
    const churned = await make("Churned", 10, "CHURNED");
    const ids = async (args: string) => (await rep.client.query(`{ accounts${args} { nodes { id atRisk } } }`)).accounts.nodes.map((a: { id: string }) => a.id);
    expect(await ids("")).toEqual([churned, weak, healthy, flagged]);
    expect(await ids("(atRisk: true)")).toEqual([weak, flagged]);
    expect(await ids("(atRisk: false)")).toEqual([churned, healthy]);
    expect(await ids("(lifecycleStage: EXPANSION)")).toEqual([healthy]);
    expect(await ids("(first: 1)")).toEqual([churned]);
    // The caller's own portfolio: accounts whose CSM they are.
    await upsert(rep, { name: "Flagged", domain: (await rep.client.query(`query($id: ID!) { account(id: $id) { domain } }`, { id: flagged })).account.domain, csmId: rep.id });
    expect(await ids("(atRisk: true, mine: true)")).toEqual([flagged]);
  });

  it("keeps one organization's accounts invisible to another, through the gateway and directly", async () => {
    const repA = await (await stack.createOrg()).user();
    const repB = await (await stack.createOrg()).user();
    const d = domain();
    const leadA = await createLead(repA, `ada@${d}`);
    const { account } = await upsert(repA, { name: "Initech", domain: d, healthScore: 64 });

    expect((await repB.client.query(`query($id: ID!) { lead(id: $id) { account { id } } }`, { id: leadA })).lead).toBeNull();
    expect((await repB.client.query(ACCOUNT, { id: account.id })).account).toBeNull();
    expect((await repB.client.query(`{ accounts(first: 100) { totalCount nodes { id } } }`)).accounts).toEqual({ totalCount: 0, nodes: [] });
    const foreign = await recordHealth(repB, { accountId: account.id, score: 1 });
    expect(codes(foreign.errors)).toEqual([["input.accountId", "NOT_FOUND"]]);

    // Representations carry the email the gateway would pass for @requires: still org-scoped.
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id account { id } } ... on Account { id name } } }`;
    const representations = [
      { __typename: "Lead", id: leadA, email: `ada@${d}` },
      { __typename: "Account", id: account.id },
    ];
    const asB = await stack.direct("customer-success", repB.token).query(entities, { r: representations });
    expect(asB._entities).toEqual([{ id: leadA, account: null }, null]);
    const asA = await stack.direct("customer-success", repA.token).query(entities, { r: representations });
    expect(asA._entities).toEqual([
      { id: leadA, account: { id: account.id } },
      { id: account.id, name: "Initech" },
    ]);

    // The same domain in org B is org B's own account; org A's is untouched.
    const mirror = await upsert(repB, { name: "Initech (B)", domain: d, healthScore: 5 });
    expect(mirror.created).toBe(true);
    expect(mirror.account.id).not.toBe(account.id);
    // Regression: a representation naming org A's lead (or a made-up id) with an email at that
    // domain gave org B its own account there; only B's own leads have an account in B.
    const forged = [leadA, crypto.randomUUID()].map((id) => ({ __typename: "Lead", id, email: `ada@${d}` }));
    expect((await stack.direct("customer-success", repB.token).query(entities, { r: forged }))._entities).toEqual([
      { id: leadA, account: null },
      { id: forged[1]!.id, account: null },
    ]);
    const leadB = await createLead(repB, `bea@${d}`);
    expect((await stack.direct("customer-success", repB.token).query(entities, { r: [{ __typename: "Lead", id: leadB, email: `bea@${d}` }] }))._entities).toEqual([
      { id: leadB, account: { id: mirror.account.id } },
    ]);
    expect((await repA.client.query(ACCOUNT, { id: account.id })).account).toMatchObject({ name: "Initech", healthScore: 64, healthHistory: [{ score: 64 }] });
  });

  it("rejects a direct _entities call without a token as UNAUTHENTICATED", async () => {
    const result = await stack.direct("customer-success").raw(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { name } } }`, {
      r: [{ __typename: "Account", id: crypto.randomUUID() }],
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input with coded errors naming the field, and writes nothing", async () => {
    const rep = await (await stack.createOrg()).user();
    const d = domain();
    const { account } = await upsert(rep, { name: "Umbrella", domain: d, healthScore: 55 });
    const before = await rep.client.query(ACCOUNT, { id: account.id });

    expect(codes((await recordHealth(rep, { accountId: account.id, score: 101 })).errors)).toEqual([["input.score", "OUT_OF_RANGE"]]);
    expect(codes((await recordHealth(rep, { accountId: "nope", score: 50 })).errors)).toEqual([["input.accountId", "INVALID_ID"]]);
    expect(codes((await recordHealth(rep, { accountId: account.id, score: 50, recordedAt: "2999-01-01T00:00:00Z" })).errors)).toEqual([["input.recordedAt", "IN_FUTURE"]]);
    const badUpdate = await upsert(rep, { name: "Umbrella", domain: d, healthScore: 101, arr: -5, attributes: { tags: ["a"] }, csmId: "" });
    expect(codes(badUpdate.errors)).toEqual([
      ["input.healthScore", "OUT_OF_RANGE"],
      ["input.attributes", "INVALID_ATTRIBUTES"],
      ["input.csmId", "INVALID_ID"],
      ["input.arr", "OUT_OF_RANGE"],
    ]);
    // A renewal date that is not a DateTime is refused before the resolver runs.
    const badDate = await rep.client.raw(UPSERT, { input: { name: "Umbrella", domain: d, renewalDate: "2026-02-30" } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await rep.client.query(ACCOUNT, { id: account.id })).toEqual(before);

    const badDomain = await upsert(rep, { name: "Nowhere", domain: "not a domain", healthScore: 50 });
    expect(badDomain).toMatchObject({ account: null, created: false });
    expect(codes(badDomain.errors)).toEqual([["input.domain", "INVALID_DOMAIN"]]);
    const noScore = await upsert(rep, { name: "New Co", domain: domain() });
    expect(codes(noScore.errors)).toEqual([["input.healthScore", "REQUIRED"]]);
    const stored = await stack.database.db.select().from(schema.accounts).where(eq(schema.accounts.organizationId, rep.organizationId));
    expect(stored.map((row) => row.id)).toEqual([account.id]);

    const badId = await rep.client.raw(`{ account(id: "nope") { id } }`);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    const hugePage = await rep.client.raw(`{ accounts(first: 10000) { nodes { id } } }`);
    expect(hugePage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const hugeHistory = await rep.client.raw(`query($id: ID!) { account(id: $id) { healthHistory(first: 10000) { score } } }`, { id: account.id });
    expect(hugeHistory.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("loads the accounts, histories and trends of a page of leads in one batch each, whatever the page size", async () => {
    const rep = await (await stack.createOrg()).user();
    for (let i = 0; i < 6; i++) {
      const d = domain();
      await createLead(rep, `buyer@${d}`);
      const { account } = await upsert(rep, { name: `Company ${i}`, domain: d, healthScore: 50 + i });
      await recordHealth(rep, { accountId: account.id, score: 40 + i });
    }
    const page = `query($n: Int!) { leads(first: $n) { nodes { id account { name healthTrend healthHistory { score } } } } }`;
    const cost = async (n: number) => {
      await rep.client.query(page, { n }); // warm-up: first-sight provisioning and plan caching
      const start = stack.database.queryCount();
      const data = await rep.client.query(page, { n });
      expect(data.leads.nodes).toHaveLength(n);
      for (const node of data.leads.nodes) expect(node.account.healthHistory).toHaveLength(2);
      return stack.database.queryCount() - start;
    };
    expect(await cost(6)).toBe(await cost(1));
  });
});
