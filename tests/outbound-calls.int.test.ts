// Integration test: the system talks to itself and to nothing else unless the operator says so.
import diagnostics from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerifier } from "@revgraph/auth";
import { loadConfig } from "@revgraph/config";
import { serveGateway } from "@revgraph/gateway";
import { createLogger } from "@revgraph/graph";
import { readCommittedSupergraph } from "@revgraph/stack";
import { startTestStack } from "@revgraph/testkit";

/** Every HTTP request this process starts, as host and path, from node:http's and undici's diagnostics channels. */
const requests: string[] = [];
const onHttp = (message: unknown) => {
  const request = (message as { request: ClientRequest }).request;
  requests.push(`${request.host}${request.path}`);
};
const onUndici = (message: unknown) => {
  const request = (message as { request: { origin: string; path: string } }).request;
  requests.push(`${new URL(request.origin).hostname}${request.path}`);
};

beforeAll(() => {
  diagnostics.subscribe("http.client.request.start", onHttp);
  diagnostics.subscribe("undici:request:create", onUndici);
});
afterAll(() => {
  diagnostics.unsubscribe("http.client.request.start", onHttp);
  diagnostics.unsubscribe("undici:request:create", onUndici);
});

describe("outbound calls", () => {
  it("the gateway probes no cloud metadata address and reports nothing to Apollo with the default configuration", async () => {
    // Regression: @apollo/gateway's constructor asked the metadata services of four cloud providers
    // (169.254.169.254, metadata.google.internal, 100.100.100.200) who ran it, to label an hourly usage report.
    requests.length = 0;
    const gateway = await serveGateway({
      supergraphSdl: readCommittedSupergraph(),
      subgraphUrls: {
        sales: "http://127.0.0.1:9/graphql",
        scoring: "http://127.0.0.1:9/graphql",
        personalization: "http://127.0.0.1:9/graphql",
        "customer-success": "http://127.0.0.1:9/graphql",
      },
      verify: createVerifier({ secret: "a-secret-for-the-outbound-calls-test-0123456789" }),
      port: 0,
      host: "127.0.0.1",
      log: createLogger("gateway", "silent"),
      apolloTelemetry: loadConfig({}).apolloTelemetry,
    });
    try {
      // The probes start in the constructor and answer within a second when nothing listens; give them time to show.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ready = await fetch(new URL("/health/ready", gateway.url));
      expect(ready.status).toBe(503); // the subgraphs are down: the readiness check did ask them
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((request) => !isLoopback(request))).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it("the whole system, its job workers included, calls only itself while serving a rep", async () => {
    requests.length = 0;
    const stack = await startTestStack({ jobs: true });
    try {
      const rep = await (await stack.createOrg()).user();
      const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
        input: [{ name: "Ada", email: "ada@acme.test", company: "Acme", assignedToId: rep.id }],
      });
      const id = created.createLeads.leads[0].id;
      const read = await rep.client.query(`query($id: ID!) { lead(id: $id) { id prediction { probability } nextAction { action } profile { temperature } account { id } } }`, {
        id,
      });
      expect(read.lead.id).toBe(id);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(requests.length).toBeGreaterThan(4); // the gateway's calls to the subgraphs were seen
      expect(requests.filter((request) => !isLoopback(request))).toEqual([]);
    } finally {
      await stack.close();
    }
  });
});

function isLoopback(request: string): boolean {
  return request.startsWith("127.0.0.1") || request.startsWith("localhost");
}
