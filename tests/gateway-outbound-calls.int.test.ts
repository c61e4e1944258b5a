// Integration test: the gateway talks to its subgraphs and to nothing else unless the operator says so.
import diagnostics from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerifier } from "@revgraph/auth";
import { loadConfig } from "@revgraph/config";
import { serveGateway } from "@revgraph/gateway";
import { createLogger } from "@revgraph/graph";
import { readCommittedSupergraph } from "@revgraph/stack";

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

describe("the gateway's outbound calls", () => {
  it("probes no cloud metadata address and reports nothing to Apollo with the default configuration", async () => {
    // Regression: @apollo/gateway's constructor asked the metadata services of four cloud providers
    // (169.254.169.254, metadata.google.internal, 100.100.100.200) who ran it, to label an hourly usage report.
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
      expect(requests.filter((request) => !request.startsWith("127.0.0.1") && !request.startsWith("localhost"))).toEqual([]);
    } finally {
      await gateway.close();
    }
  });
});
