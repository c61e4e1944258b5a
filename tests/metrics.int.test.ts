import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_OPERATION_LABELS } from "@revgraph/graph";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const TOKEN = "metrics-token-for-tests-0123456789";
let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack({ metricsToken: TOKEN });
  rep = await (await stack.createOrg()).user("rep");
});
afterAll(async () => {
  await stack?.close();
});

async function metrics(graphqlUrl: string, token: string | null = TOKEN): Promise<{ status: number; text: string }> {
  const res = await fetch(graphqlUrl.replace(/\/graphql$/, "/metrics"), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, text: await res.text() };
}

/** The value of one sample line, e.g. graphql_request_duration_seconds_count{...} 3. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("/metrics", () => {
  it("counts requests per operation and outcome in the gateway and the subgraphs", async () => {
    const before = await metrics(stack.gatewayUrl);
    const okBefore = sample(before.text, "graphql_request_duration_seconds_count", { service: "gateway", operation: "MetricsProbe", outcome: "ok" });
    for (let i = 0; i < 3; i++) await rep.client.query(`query MetricsProbe { me { id } }`);
    await rep.client.raw(`query MetricsBroken { lead(id: "not-a-uuid") { id } }`);
    const after = await metrics(stack.gatewayUrl);
    expect(after.status).toBe(200);
    expect(sample(after.text, "graphql_request_duration_seconds_count", { service: "gateway", operation: "MetricsProbe", outcome: "ok" })).toBe(okBefore + 3);
    expect(sample(after.text, "graphql_request_duration_seconds_count", { service: "gateway", operation: "MetricsBroken", outcome: "error" })).toBeGreaterThanOrEqual(1);
    const sales = await metrics(stack.subgraphUrls.sales!);
    expect(sample(sales.text, "graphql_request_duration_seconds_count", { service: "sales" })).toBeGreaterThan(0);
    expect(after.text).toContain("process_resident_memory_bytes");
  });

  it("counts predictions computed by source", async () => {
    const created = await rep.client.query(`mutation { createLeads(input: [{ name: "Metered" }]) { leads { id } } }`);
    const before = sample((await metrics(stack.subgraphUrls.scoring!)).text, "predictions_computed_total", { source: "DEFAULT" });
    await rep.client.query(`query($id: ID!) { lead(id: $id) { prediction { probability } } }`, { id: created.createLeads.leads[0].id });
    const after = sample((await metrics(stack.subgraphUrls.scoring!)).text, "predictions_computed_total", { source: "DEFAULT" });
    expect(after).toBe(before + 1);
  });

  it("refuses a request without the token", async () => {
    expect((await metrics(stack.gatewayUrl, null)).status).toBe(401);
    expect((await metrics(stack.gatewayUrl, "wrong-token-wrong-token")).status).toBe(401);
  });

  it("keeps operation labels bounded whatever names clients send", async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i++) await rep.client.raw(`query Random${i}x${Date.now()} { me { id } }`);
    const text = (await metrics(stack.gatewayUrl)).text;
    const operations = new Set([...text.matchAll(/graphql_request_duration_seconds_count\{[^}]*operation="([^"]+)"/g)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    expect(operations.has("other")).toBe(true);
  });
});
