import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const DAY = 86_400_000;
const TYPES = ["PROPERTY_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "WEBSITE_VISIT", "CALL", "MEETING", "BROCHURE_DOWNLOAD"] as const;
const FACTORS = `query($id: ID!) { lead(id: $id) { prediction { modelVersion
  byDefault: factors { name contribution }
  two: factors(first: 2) { name contribution }
  none: factors(first: 0) { name }
  all: factors(first: null) { name contribution } } } }`;

let stack: TestStack;
let rep: TestUser;
let openLeadId: string;
let modelFeatures: number;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
  await closedHistory(60);
  const retrained = await rep.client.query(`mutation { retrainScoringModel { errors { code } model { active weights { feature } } } }`);
  expect(retrained.retrainScoringModel.errors).toEqual([]);
  // A trained model has many more inputs than the default model's four: what the tests below need.
  expect(retrained.retrainScoringModel.model.active).toBe(true);
  modelFeatures = retrained.retrainScoringModel.model.weights.length;
  [openLeadId] = await createLeads([
    { name: "Open", createdAt: new Date(Date.now() - 3 * DAY).toISOString(), attributes: { budget: 9e6, bedrooms: 3, areaSqft: 1400, propertyType: "Villa", region: "East" } },
  ]);
  await recordActivities(TYPES.map((type, i) => ({ leadId: openLeadId, type, occurredAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString() })));
});
afterAll(async () => {
  await stack?.close();
});

/** Deterministic pseudo-random numbers, so the data and the test are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

async function createLeads(input: Record<string, unknown>[]): Promise<string[]> {
  const r = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: input.map((lead) => ({ assignedToId: rep.id, source: "Website", ...lead })),
  });
  return r.createLeads.leads.map((l: { id: string }) => l.id);
}

async function recordActivities(input: { leadId: string; type: string; occurredAt: string }[]): Promise<void> {
  await rep.client.query(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { errors { field } } }`, { input });
}

/** Closed leads with several activity types and custom attributes, wins driven by property views and meetings. */
async function closedHistory(count: number): Promise<void> {
  const random = rng(11);
  const now = Date.now();
  const specs = Array.from({ length: count }, (_, i) => {
    const created = now - (120 - i) * DAY;
    const counts = TYPES.map(() => Math.floor(random() * 4));
    const won = random() < 1 / (1 + Math.exp(-(counts[0] + 2 * counts[5] - 3.5)));
    const attributes = {
      budget: Math.round(5e6 + random() * 2e7),
      bedrooms: 1 + Math.floor(random() * 4),
      areaSqft: Math.round(600 + random() * 2000),
      propertyType: ["Apartment", "Villa", "Plot"][i % 3],
      region: ["East", "West", "North", "South"][Math.floor(i / 3) % 4],
      firstTimeBuyer: random() < 0.4,
    };
    const source = ["Website", "Referral", "Open House"][Math.floor(i / 2) % 3];
    return { created, counts, won, attributes, source, i };
  });
  const ids = await createLeads(specs.map((s) => ({ name: `Closed ${s.i}`, createdAt: new Date(s.created).toISOString(), attributes: s.attributes, source: s.source })));
  await recordActivities(
    specs.flatMap((s, k) =>
      TYPES.flatMap((type, t) =>
        Array.from({ length: s.counts[t] }, (_, j) => ({ leadId: ids[k], type, occurredAt: new Date(s.created + (t * 4 + j + 1) * 3_600_000).toISOString() })),
      ),
    ),
  );
  for (const [k, s] of specs.entries()) {
    await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
      input: { leadId: ids[k], outcome: s.won ? "WON" : "LOST", occurredAt: new Date(s.created + 3 * DAY).toISOString(), idempotencyKey: `close-${ids[k]}` },
    });
  }
}

const magnitudes = (factors: { contribution: number }[]) => factors.map((f) => Math.abs(f.contribution));

describe("Prediction.factors", () => {
  it("lists the five largest factors by default, the largest first", async () => {
    const { prediction } = (await rep.client.query(FACTORS, { id: openLeadId })).lead;
    expect(prediction.modelVersion).toMatch(/^rep-v/);
    expect(prediction.byDefault).toHaveLength(5);
    expect(prediction.byDefault).toEqual(prediction.all.slice(0, 5));
    expect(prediction.none).toEqual([]);
  });

  it("gives the two largest by |contribution|, in order, for first: 2", async () => {
    const { prediction } = (await rep.client.query(FACTORS, { id: openLeadId })).lead;
    expect(prediction.two).toEqual(prediction.all.slice(0, 2));
    const [first, second] = magnitudes(prediction.two);
    expect(first).toBeGreaterThanOrEqual(second);
    expect(Math.min(first, second)).toBeGreaterThanOrEqual(Math.max(...magnitudes(prediction.all.slice(2))));
  });

  it("gives every kept factor for first: null, at most 20, sorted by |contribution|", async () => {
    const { prediction } = (await rep.client.query(FACTORS, { id: openLeadId })).lead;
    expect(prediction.all).toHaveLength(Math.min(modelFeatures, 20));
    expect(new Set(prediction.all.map((f: { name: string }) => f.name)).size).toBe(prediction.all.length);
    const sizes = magnitudes(prediction.all);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("stores at most 20 factors per prediction, whatever the model's number of inputs, and the first five apart", async () => {
    // Regression: every factor of every lead was stored, and read back by every list of probabilities.
    const [row] = await stack.database.db
      .select({ count: sql<number>`json_array_length(${schema.predictions.factors})`, factors: schema.predictions.factors, top: schema.predictions.topFactors })
      .from(schema.predictions)
      .where(eq(schema.predictions.leadId, openLeadId));
    expect(modelFeatures).toBeGreaterThan(20);
    expect(Number(row.count)).toBe(20);
    // What a list asking for the default five reads instead of all twenty.
    expect(row.top).toEqual(row.factors.slice(0, 5));
  });

  it("gives each selection its own count when one request asks for fewer and more than five of a list's factors", async () => {
    const { prediction } = (await rep.client.query(FACTORS, { id: openLeadId })).lead;
    const result = await rep.client.query(
      `query($more: Int) { leads(first: 5, filter: { search: "Open" }) { nodes { id prediction { few: factors(first: 3) { name contribution } more: factors(first: $more) { name contribution } usual: factors { name contribution } } } } }`,
      { more: 12 },
    );
    const open = result.leads.nodes.find((node: { id: string }) => node.id === openLeadId);
    expect(open.prediction.few).toEqual(prediction.all.slice(0, 3));
    expect(open.prediction.more).toEqual(prediction.all.slice(0, 12));
    expect(open.prediction.usual).toEqual(prediction.all.slice(0, 5));
  });

  it("rejects a negative or oversized first with BAD_USER_INPUT", async () => {
    for (const first of [-1, 21, 1_000_000]) {
      const result = await rep.client.raw(`query($id: ID!, $first: Int) { lead(id: $id) { prediction { factors(first: $first) { name } } } }`, { id: openLeadId, first });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(/first must be between 0 and 20/);
    }
  });

  it("reads the factors with the cached predictions when a selection asks for them: no statement more, for any number of leads", async () => {
    const page = (first: number, fields: string) =>
      rep.client.query(`query($first: Int!) { leads(first: $first, filter: { search: "Closed" }) { nodes { id prediction { ${fields} } } } }`, { first });
    const cost = async (first: number, fields: string) => {
      await page(first, fields); // warm: predictions are computed and cached on first sight
      const before = stack.database.queryCount();
      const result = await page(first, fields);
      expect(result.leads.nodes).toHaveLength(first);
      return stack.database.queryCount() - before;
    };
    const probabilityOnly = await cost(1, "probability");
    expect(await cost(50, "probability")).toBe(probabilityOnly);
    expect(await cost(1, "probability factors { name }")).toBe(probabilityOnly);
    expect(await cost(50, "probability factors(first: null) { name }")).toBe(probabilityOnly);
  });
});
