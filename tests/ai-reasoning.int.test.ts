import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

/** A local OpenAI-compatible server: each test decides how it answers chat completions. */
type Reply = (body: any) => { status: number; json?: unknown; delayMs?: number };
let reply: Reply;
const requests: any[] = [];
const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const body = JSON.parse(raw || "{}");
    requests.push({ path: req.url, auth: req.headers.authorization, body });
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
  usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
});

let stack: TestStack;
let rep: TestUser;
let leadId: string;
const NEXT = `query($id: ID!) { lead(id: $id) { nextAction { action reasoning } } }`;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  stack = await startTestStack({ openai: { apiKey: "test-key", baseUrl: `http://127.0.0.1:${port}/v1`, model: "gpt-4o-mini", timeoutMs: 500 } });
  rep = await (await stack.createOrg()).user("rep");
  const created = await rep.client.query(`mutation { createLeads(input: [{ name: "Priya Sharma", email: "priya@private.test" }, { name: "Other" }]) { leads { id } } }`);
  leadId = created.createLeads.leads[0].id;
  const fiveHoursAgo = new Date(Date.now() - 5 * 3_600_000).toISOString();
  await rep.client.query(`mutation($id: ID!, $at: DateTime!) { recordActivities(input: [{ leadId: $id, type: CALLBACK_REQUEST, occurredAt: $at }]) { recordedCount } }`, {
    id: leadId,
    at: fiveHoursAgo,
  });
});
afterAll(async () => {
  await stack?.close();
  server.close();
});
beforeEach(() => {
  requests.length = 0;
});

async function usage() {
  return stack.database.db.select().from(schema.aiUsage).where(eq(schema.aiUsage.userId, rep.id));
}

describe("next-action reasoning through the language model", () => {
  it("uses the model's structured answer, sends no personal data, and records tokens and cost", async () => {
    reply = (body) => {
      const explanation = JSON.parse(body.messages[1].content).explanation as string;
      const hours = explanation.match(/\d+/)![0];
      return { status: 200, json: completion(JSON.stringify({ reasoning: `Call them back now: they asked ${hours} hours ago.` })) };
    };
    const { lead } = await rep.client.query(NEXT, { id: leadId });
    expect(lead.nextAction.action).toBe("CALL");
    expect(lead.nextAction.reasoning).toBe("Call them back now: they asked 5 hours ago.");
    expect(requests).toHaveLength(1);
    const sent = requests[0];
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.auth).toBe("Bearer test-key");
    expect(sent.body.response_format.type).toBe("json_schema");
    expect(JSON.stringify(sent.body)).not.toMatch(/Priya|private\.test/);
    const rows = await usage();
    expect(rows.at(-1)).toMatchObject({ feature: "next-action-reasoning", model: "gpt-4o-mini", promptTokens: 120, completionTokens: 30, outcome: "ok" });
    expect(rows.at(-1)!.costUsd).toBeCloseTo((120 * 0.15 + 30 * 0.6) / 1e6, 12);
  });

  it("falls back to the deterministic text when the answer drops the numbers", async () => {
    reply = () => ({ status: 200, json: completion(JSON.stringify({ reasoning: "Call them soon." })) });
    const { lead } = await rep.client.query(NEXT, { id: leadId });
    expect(lead.nextAction.reasoning).toMatch(/asked for a callback \d+ hours ago/);
    expect((await usage()).at(-1)!.outcome).toBe("invalid");
  });

  it("falls back when the server fails or is too slow", async () => {
    reply = () => ({ status: 500 });
    const failed = await rep.client.query(NEXT, { id: leadId });
    expect(failed.lead.nextAction.reasoning).toMatch(/asked for a callback/);
    expect((await usage()).at(-1)!.outcome).toBe("error");
    reply = () => ({ status: 200, json: completion(JSON.stringify({ reasoning: "late" })), delayMs: 2000 });
    const slow = await rep.client.query(NEXT, { id: leadId });
    expect(slow.lead.nextAction.reasoning).toMatch(/asked for a callback/);
    expect((await usage()).at(-1)!.outcome).toBe("timeout");
  });

  it("never calls the model for a list of leads", async () => {
    reply = () => ({ status: 200, json: completion(JSON.stringify({ reasoning: "x" })) });
    const page = await rep.client.query(`{ leads(first: 10) { nodes { nextAction { reasoning } } } }`);
    expect(page.leads.nodes).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  it("words the reasoning in the rep's tone and with their own instructions, never another organization's", async () => {
    const UPDATE = `mutation($input: UpdateAiPreferencesInput!) { updateAiPreferences(input: $input) { errors { code } } }`;
    // The same user id in another organization, with instructions of its own.
    const twin = await (await stack.createOrg()).user("rep", rep.id);
    expect((await twin.client.query(UPDATE, { input: { customInstructions: "Quote the Zephyr account discount." } })).updateAiPreferences.errors).toEqual([]);
    expect((await rep.client.query(UPDATE, { input: { tone: "CONCISE", customInstructions: "Start with the word Tip." } })).updateAiPreferences.errors).toEqual([]);
    reply = (body) => {
      const hours = (JSON.parse(body.messages[1].content).explanation as string).match(/\d+/)![0];
      return { status: 200, json: completion(JSON.stringify({ reasoning: `Tip: call back, asked ${hours} hours ago.` })) };
    };
    const { lead } = await rep.client.query(NEXT, { id: leadId });
    expect(lead.nextAction.reasoning).toMatch(/^Tip: call back, asked \d+ hours ago\.$/);
    expect(requests).toHaveLength(1);
    const system = requests[0].body.messages[0].content as string;
    expect(system).toContain("as brief as possible");
    expect(system).toContain("Start with the word Tip.");
    expect(JSON.stringify(requests[0].body)).not.toContain("Zephyr");
    // Without instructions, the prompt carries none, in the default tone.
    await rep.client.query(UPDATE, { input: { tone: "PROFESSIONAL", customInstructions: "" } });
    await rep.client.query(NEXT, { id: leadId });
    const plain = requests[1].body.messages[0].content as string;
    expect(plain).toContain("businesslike");
    expect(plain).not.toContain("Tip");
  });
});
