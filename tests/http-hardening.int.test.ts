// The HTTP front of every process: security headers, an oversize body refused before it is read, bind addresses.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@revgraph/config";
import { startTestStack, type TestStack } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

/** Sends headers announcing `announced` bytes and only the first chunk, then waits for an answer. */
function partialPost(url: string, announced: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": String(announced) } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.write("x".repeat(64 * 1024));
    // The rest of the announced body never comes: only a server that stops reading can answer.
  });
}

describe("the HTTP front", () => {
  it("sends security headers from the gateway and every subgraph", async () => {
    const urls = [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)];
    for (const url of urls) {
      const res = await fetch(new URL("/health/live", url));
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("sends an answer beyond ASCII whole, with its length in bytes", async () => {
    // An answer beyond ASCII is encoded once, with its content-length set by the server (see send-text.ts).
    const rep = await (await stack.createOrg()).user("rep");
    const name = "Zoë Ångström − 名前";
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, { input: [{ name }] });
    const id = created.createLeads.leads[0].id as string;
    const headers = { "content-type": "application/json", authorization: `Bearer ${rep.token}`, "apollo-require-preflight": "true" };
    for (const url of [stack.gatewayUrl, stack.subgraphUrls.sales!]) {
      const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query: "query($id: ID!) { lead(id: $id) { name } }", variables: { id } }) });
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
      expect(JSON.parse(bytes.toString("utf8"))).toEqual({ data: { lead: { name } } });
    }
  });

  it("refuses an oversize body with 413 before reading it to the end", async () => {
    // Regression: the body was read to the end (here it never ends) before the 413.
    const answer = await partialPost(stack.gatewayUrl, 50 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("binds subgraphs to the loopback and the gateway to every interface unless configured", () => {
    expect(loadConfig({}).hosts).toEqual({ gateway: "0.0.0.0", subgraph: "127.0.0.1" });
    expect(loadConfig({ SUBGRAPH_HOST: "0.0.0.0", GATEWAY_HOST: "10.0.0.5" }).hosts).toEqual({ gateway: "10.0.0.5", subgraph: "0.0.0.0" });
  });
});
