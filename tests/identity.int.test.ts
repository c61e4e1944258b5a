import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "@revgraph/auth";
import { Client, startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
let alice: TestUser; // org A
let mallory: TestUser; // org B
let leadId: string;
beforeAll(async () => {
  stack = await startTestStack();
  alice = await (await stack.createOrg()).user("rep");
  mallory = await (await stack.createOrg()).user("admin");
  const created = await alice.client.query(`mutation { createLeads(input: [{ name: "Secret", email: "ceo@secret.test" }]) { leads { id } } }`);
  leadId = created.createLeads.leads[0].id;
  await alice.client.query(`mutation($id: ID!) { recordActivities(input: [{ leadId: $id, type: MEETING }]) { recordedCount } }`, { id: leadId });
});
afterAll(async () => {
  await stack?.close();
});

const expectUnauthenticated = (result: Awaited<ReturnType<Client["raw"]>>) => {
  expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  expect(result.data ?? null).toBeNull();
};

describe("authentication", () => {
  it("rejects requests without a token", async () => {
    expectUnauthenticated(await stack.anonymous().raw(`{ leads(first: 1) { nodes { id } } }`));
  });

  it("rejects a token signed with another secret", async () => {
    const forged = await signToken("not-the-real-secret-not-the-real-secret", { userId: alice.id, organizationId: alice.organizationId, role: "admin" });
    expectUnauthenticated(await new Client(stack.gatewayUrl, forged).raw(`{ me { id } }`));
  });

  it("rejects an expired token and a token without an organization", async () => {
    const key = new TextEncoder().encode(stack.secret);
    const expired = await new SignJWT({ org: alice.organizationId, role: "rep" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(alice.id)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key);
    const expiredResult = await new Client(stack.gatewayUrl, expired).raw(`{ me { id } }`);
    expectUnauthenticated(expiredResult);
    expect(expiredResult.errors?.[0].message).toMatch(/expired/);
    const orgless = await new SignJWT({ role: "rep" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setExpirationTime("1h").sign(key);
    expectUnauthenticated(await new Client(stack.gatewayUrl, orgless).raw(`{ me { id } }`));
  });

  it("rejects a token without an expiry at the gateway and in a direct subgraph call", async () => {
    const forever = await new SignJWT({ org: alice.organizationId, role: "rep" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(alice.id)
      .sign(new TextEncoder().encode(stack.secret));
    for (const client of [new Client(stack.gatewayUrl, forever), stack.direct("sales", forever)]) {
      const result = await client.raw(`{ me { id } }`);
      expectUnauthenticated(result);
      expect(result.errors?.[0]?.message).toMatch(/no expiry/);
    }
  });

  it("rejects an unsigned (alg none) token", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ sub: alice.id, org: alice.organizationId, role: "admin", exp: 9999999999 })).toString("base64url");
    expectUnauthenticated(await new Client(stack.gatewayUrl, `${header}.${payload}.`).raw(`{ me { id } }`));
  });

  it("makes every subgraph reject a direct _entities call without a token", async () => {
    for (const name of Object.keys(stack.subgraphUrls)) {
      const result = await stack.direct(name).raw(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, {
        r: [{ __typename: "Lead", id: leadId }],
      });
      expectUnauthenticated(result);
    }
  });

  it("provisions the caller on first sight with the token's role", async () => {
    const me = await mallory.client.query(`{ me { id role email } }`);
    expect(me.me).toEqual({ id: mallory.id, role: "ADMIN", email: `${mallory.id}@example.test` });
  });
});

describe("tenancy", () => {
  it("hides another organization's lead from lead and leads", async () => {
    const single = await mallory.client.query(`query($id: ID!) { lead(id: $id) { id name } }`, { id: leadId });
    expect(single.lead).toBeNull();
    const missing = await mallory.client.query(`query($id: ID!) { lead(id: $id) { id } }`, { id: "00000000-0000-4000-8000-000000000001" });
    expect(missing.lead).toBeNull();
    const list = await mallory.client.query(`{ leads(first: 100, filter: { search: "Secret" }) { totalCount nodes { id } } }`);
    expect(list.leads).toEqual({ totalCount: 0, nodes: [] });
  });

  it("resolves a foreign lead to null in a direct _entities call to sales and scoring", async () => {
    const sales = await stack.direct("sales", mallory.token).query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id name } } }`, {
      r: [{ __typename: "Lead", id: leadId }],
    });
    expect(sales._entities).toEqual([null]);
    const scoring = await stack
      .direct("scoring", mallory.token)
      .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id score activities { id } prediction { probability } } } }`, {
        r: [{ __typename: "Lead", id: leadId }],
      });
    expect(scoring._entities).toEqual([null]);
    const own = await stack.direct("scoring", alice.token).query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id score } } }`, {
      r: [{ __typename: "Lead", id: leadId }],
    });
    expect(own._entities[0].score).toBeGreaterThan(0);
  });

  it("does not let another organization record a conversion or activity on the lead", async () => {
    const conversion = await mallory.client.query(`mutation($id: ID!) { recordConversion(input: { leadId: $id, outcome: LOST, idempotencyKey: "x" }) { errors { field code } } }`, {
      id: leadId,
    });
    expect(conversion.recordConversion.errors).toEqual([{ field: "input.leadId", code: "NOT_FOUND" }]);
    const status = await alice.client.query(`query($id: ID!) { lead(id: $id) { status } }`, { id: leadId });
    expect(status.lead.status).toBe("NEW");
  });
});
