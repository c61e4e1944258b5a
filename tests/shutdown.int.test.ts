// Graceful shutdown: a stopping system finishes the requests it has, then refuses new ones.
import { describe, expect, it } from "vitest";
import { startTestStack } from "@revgraph/testkit";

describe("graceful shutdown", () => {
  it("lets a request in flight finish while the system stops, and accepts no new one after", async () => {
    // Regression: closing cut every connection at once, dropping requests in flight.
    const stack = await startTestStack();
    const rep = await (await stack.createOrg()).user("rep");
    const input = Array.from({ length: 1000 }, (_, i) => ({ name: `Lead ${i}`, email: `lead${i}@example.test` }));
    const inFlight = rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { code } } }`, { input });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = stack.close();
    const result = await inFlight;
    expect(result.createLeads.errors).toEqual([]);
    expect(result.createLeads.leads).toHaveLength(1000);
    await closing;
    await expect(fetch(new URL("/health/live", stack.gatewayUrl))).rejects.toThrow();
  });
});
