// Persisted operations: first-party clients send a hash from the manifest codegen writes; production can refuse anything else.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPersistedManifest } from "@revgraph/stack";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const manifest = readPersistedManifest();
const hashOf = (name: string): string => [...manifest].find(([, doc]) => doc.startsWith(`query ${name}(`))![0];

/** A request that carries only the operation's hash, as a persisted-documents client sends it. */
async function byHash(url: string, token: string, hash: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

describe("persisted operations", () => {
  it("writes a manifest whose keys are the sha256 of the documents the client sends", () => {
    expect(manifest.size).toBeGreaterThanOrEqual(2);
    for (const [hash, document] of manifest) expect(crypto.createHash("sha256").update(document).digest("hex")).toBe(hash);
  });

  describe("accepted by hash (the default)", () => {
    let stack: TestStack;
    let rep: TestUser;
    beforeAll(async () => {
      stack = await startTestStack();
      rep = await (await stack.createOrg()).user("rep");
      await rep.client.query(`mutation($me: ID!) { createLeads(input: [{ name: "Persisted", assignedToId: $me }]) { leads { id } } }`, { me: rep.id });
    });
    afterAll(async () => {
      await stack?.close();
    });

    it("answers a client's operation sent as its hash alone, and still any other document", async () => {
      const answer = await byHash(stack.gatewayUrl, rep.token, hashOf("MyLeads"), { first: 10 });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.leads.nodes.map((n: { name: string }) => n.name)).toEqual(["Persisted"]);
      expect((await rep.client.query(`{ me { id } }`)).me.id).toBe(rep.id);
    });

    it("does not learn new documents at runtime", async () => {
      const unknown = await byHash(stack.gatewayUrl, rep.token, "0".repeat(64), {});
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    });
  });

  describe("only persisted operations (production setting)", () => {
    let stack: TestStack;
    let rep: TestUser;
    beforeAll(async () => {
      stack = await startTestStack({ persistedOperations: "only" });
      rep = await (await stack.createOrg()).user("rep");
    });
    afterAll(async () => {
      await stack?.close();
    });

    it("serves the client's operations and refuses any other document before planning it", async () => {
      const allowed = await byHash(stack.gatewayUrl, rep.token, hashOf("MyLeads"), { first: 10 });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data.leads.nodes).toEqual([]);
      const refused = await rep.client.raw(`{ me { id } }`);
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
      expect(refused.data ?? null).toBeNull();
    });
  });
});
