// The language-model path of churn predictions, against a local OpenAI-compatible server driven
// through the real openai client: structured output, no personal data in the prompt, usage
// recorded, the deterministic text on garbage, errors and timeouts; and the aiUsage report.
import http from "node:http";
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

type Reply = (body: any) => { status: number; json?: unknown; delayMs?: number };
let reply: Reply;
const requests: any[] = [];
const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const body = JSON.parse(raw || "{}");
    requests.push({ path: req.url, body });
    const { status, json, delayMs = 0 } = reply(body);
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json ?? { error: { message: "boom" } }));
    }, delayMs);
  });
});

const completion = (content: string) => ({
  id: "chatcmpl-test",
  object: "chat.completion",
  created: 0,
  model: "gpt-4o-mini",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  usage: { prompt_tokens: 300, completion_tokens: 80, total_tokens: 380 },
});

/** A well-behaved model: quotes the probability and the window it was given. */
const faithful: Reply = (body) => {
  const facts = JSON.parse(body.messages[1].content);
  const explanation = `About ${facts.churnProbabilityPercent}% chance this customer leaves within ${facts.windowDays} days; risk is ${facts.riskCategory}.`;
  return {
    status: 200,
    json: completion(
      JSON.stringify({ explanation, recommendations: [{ playbook: "RISK", action: "Call the sponsor this week", reason: `${facts.churnProbabilityPercent}% risk` }] }),
    ),
  };
};

let stack: TestStack;
let csm: TestUser;
let admin: TestUser;
const PII = { name: "Globex Hidden Corporation", domain: "globex-hidden.example", contact: "jane.doe@globex-hidden.example" };

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  stack = await startTestStack({ openai: { apiKey: "test-key", baseUrl: `http://127.0.0.1:${port}/v1`, model: "gpt-4o-mini", timeoutMs: 500 } });
  const org = await stack.createOrg();
  csm = await org.user("manager");
  admin = await org.user("admin");
});
afterAll(async () => {
  await stack?.close();
  server.close();
});
beforeEach(() => {
  requests.length = 0;
});

async function newAccount(input: Record<string, unknown> = {}): Promise<string> {
  const data = await csm.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { code } } }`, {
    input: { name: "Co", domain: `co-${crypto.randomBytes(4).toString("hex")}.example`, healthScore: 20, lifecycleStage: "AT_RISK", ...input },
  });
  return data.upsertAccount.account.id;
}

const RISK = `query($id: ID!) { account(id: $id) { churnRisk { id source probability explanation recommendations { playbook action reason } } } }`;
const usage = () =>
  stack.database.db
    .select()
    .from(schema.customerSuccessAiUsage)
    .where(eq(schema.customerSuccessAiUsage.organizationId, csm.organizationId))
    .orderBy(schema.customerSuccessAiUsage.createdAt);

describe("churn explanations through the language model", () => {
  it("uses the model's structured answer over the rules' probability, sends no names, emails or domains, and records the call", async () => {
    reply = faithful;
    const id = await newAccount({ name: PII.name, domain: PII.domain, attributes: { contact: PII.contact, plan: "Enterprise" }, csmId: csm.id });
    const risk = (await csm.client.query(RISK, { id })).account.churnRisk;
    expect(risk.source).toBe("LLM");
    const pct = Math.round(risk.probability * 100);
    expect(risk.explanation).toBe(`About ${pct}% chance this customer leaves within 90 days; risk is CRITICAL.`);
    expect(risk.recommendations).toEqual([{ playbook: "RISK", action: "Call the sponsor this week", reason: `${pct}% risk` }]);
    expect(requests).toHaveLength(1);
    const sent = requests[0];
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.body.response_format.type).toBe("json_schema");
    expect(sent.body.response_format.json_schema.strict).toBe(true);
    const prompt = JSON.stringify(sent.body);
    for (const secret of [PII.name, "Globex", PII.domain, PII.contact, "@", id, csm.id]) expect(prompt).not.toContain(secret);
    expect((await usage()).at(-1)).toMatchObject({ feature: "churn-explanation", model: "gpt-4o-mini", promptTokens: 300, completionTokens: 80, outcome: "ok", userId: csm.id });
    // The CTA the CRITICAL prediction raised is there too: the language model changes the text, not the decision.
    const { account } = await csm.client.query(`query($id: ID!) { account(id: $id) { ctas { reason sourceRef } } }`, { id });
    expect(account.ctas).toEqual([{ reason: "CHURN_RISK_HIGH", sourceRef: risk.id }]);
  });

  it("keeps the deterministic text when the answer invents numbers or is not the schema", async () => {
    const id = await newAccount();
    reply = () => ({
      status: 200,
      json: completion(JSON.stringify({ explanation: "A 97% chance of churn in 12 days.", recommendations: [{ playbook: null, action: "Act", reason: "" }] })),
    });
    const invented = (await csm.client.query(RISK, { id })).account.churnRisk;
    expect(invented.source).toBe("RULES");
    expect(invented.explanation).toMatch(/chance of churning within 90 days/);
    expect((await usage()).at(-1)!.outcome).toBe("invalid");
    reply = () => ({ status: 200, json: completion("not json at all") });
    const forced = (await csm.client.query(`mutation($id: ID!) { predictChurn(accountId: $id, forceRefresh: true) { prediction { source } } }`, { id })).predictChurn;
    expect(forced.prediction.source).toBe("RULES");
    expect((await usage()).at(-1)!.outcome).toBe("invalid");
  });

  it("keeps the deterministic text when the server fails or is too slow", async () => {
    const id = await newAccount();
    reply = () => ({ status: 500 });
    expect((await csm.client.query(RISK, { id })).account.churnRisk.source).toBe("RULES");
    expect((await usage()).at(-1)!.outcome).toBe("error");
    reply = (body) => ({ ...faithful(body), delayMs: 2000 });
    const slow = (await csm.client.query(`mutation($id: ID!) { predictChurn(accountId: $id, forceRefresh: true) { prediction { source explanation } } }`, { id })).predictChurn;
    expect(slow.prediction.source).toBe("RULES");
    expect((await usage()).at(-1)!.outcome).toBe("timeout");
  });

  it("never calls the model for a list of accounts", async () => {
    reply = faithful;
    await newAccount();
    await newAccount();
    await stack.database.db.update(schema.churnPredictions).set({ status: "SUPERSEDED" }).where(eq(schema.churnPredictions.organizationId, csm.organizationId));
    const {
      accounts: { nodes: accounts },
    } = await csm.client.query(`{ accounts(first: 50) { nodes { churnRisk { source } } } }`);
    expect(accounts.length).toBeGreaterThan(2);
    expect(accounts.every((a: { churnRisk: { source: string } }) => a.churnRisk.source === "RULES")).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it("sums AI usage across subgraphs for admins only, by operation, model and day", async () => {
    // A call the scoring subgraph recorded for the same organization, and one of another organization.
    await stack.database.db.insert(schema.aiUsage).values([
      {
        organizationId: csm.organizationId,
        userId: csm.id,
        feature: "next-action-reasoning",
        model: "gpt-4o-mini",
        promptTokens: 100,
        completionTokens: 20,
        costUsd: 0.001,
        latencyMs: 40,
        outcome: "ok",
      },
      {
        organizationId: "org-elsewhere",
        userId: "u",
        feature: "next-action-reasoning",
        model: "gpt-4o-mini",
        promptTokens: 999,
        completionTokens: 1,
        costUsd: 1,
        latencyMs: 1,
        outcome: "ok",
      },
    ]);
    const own = await usage();
    const q = `query($from: DateTime!, $to: DateTime!, $g: AiUsageGrouping!) { aiUsage(from: $from, to: $to, groupBy: $g) { key calls succeeded fallbacks promptTokens completionTokens costUsd } }`;
    const range = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const byOperation = (await admin.client.query(q, { ...range, g: "OPERATION" })).aiUsage;
    const churnOk = own.filter((r) => r.outcome === "ok").length;
    expect(byOperation).toEqual([
      {
        key: "churn-explanation",
        calls: own.length,
        succeeded: churnOk,
        fallbacks: own.length - churnOk,
        promptTokens: own.reduce((a, r) => a + (r.promptTokens ?? 0), 0),
        completionTokens: own.reduce((a, r) => a + (r.completionTokens ?? 0), 0),
        costUsd: expect.any(Number),
      },
      { key: "next-action-reasoning", calls: 1, succeeded: 1, fallbacks: 0, promptTokens: 100, completionTokens: 20, costUsd: 0.001 },
    ]);
    const byModel = (await admin.client.query(q, { ...range, g: "MODEL" })).aiUsage;
    expect(byModel).toEqual([expect.objectContaining({ key: "gpt-4o-mini", calls: own.length + 1 })]);
    const byDay = (await admin.client.query(q, { ...range, g: "DAY" })).aiUsage;
    expect(byDay.reduce((a: number, d: { calls: number }) => a + d.calls, 0)).toBe(own.length + 1);

    const refused = await csm.client.raw(q, { ...range, g: "OPERATION" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const outsider = await (await stack.createOrg()).user("admin");
    expect((await outsider.client.query(q, { ...range, g: "OPERATION" })).aiUsage).toEqual([]);
    const backwards = await admin.client.raw(q, { from: range.to, to: range.from, g: "DAY" });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});
