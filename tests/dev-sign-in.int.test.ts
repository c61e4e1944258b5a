// Development sign-in on the gateway's port: the web app's user switcher gets tokens from it; production must not have it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, startTestStack, type TestStack } from "@revgraph/testkit";

const origin = (stack: TestStack) => new URL(stack.gatewayUrl).origin;

describe("development sign-in", () => {
  let stack: TestStack;
  let orgId: string;
  beforeAll(async () => {
    stack = await startTestStack();
    const org = await stack.createOrg();
    orgId = org.id;
    await org.user("rep", "rep-zoe");
    await org.user("manager", "manager-yan");
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("lists the users the database knows, with their organization and role", async () => {
    const response = await fetch(`${origin(stack)}/dev/users`);
    expect(response.status).toBe(200);
    const { users } = (await response.json()) as { users: { id: string; organizationId: string; role: string }[] };
    expect(users.filter((u) => u.organizationId === orgId).map((u) => [u.id, u.role])).toEqual([
      ["manager-yan", "manager"],
      ["rep-zoe", "rep"],
    ]);
  });

  it("signs a token the gateway accepts, carrying the user's own organization and role", async () => {
    const response = await fetch(`${origin(stack)}/dev/token?user=manager-yan&org=${orgId}`);
    expect(response.status).toBe(200);
    const { token, user } = (await response.json()) as { token: string; user: { id: string; role: string } };
    expect(user).toMatchObject({ id: "manager-yan", role: "manager" });
    const me = await new Client(stack.gatewayUrl, token).query<{ me: { id: string; role: string } }>("{ me { id role } }");
    expect(me.me).toEqual({ id: "manager-yan", role: "MANAGER" });
  });

  it("opens Sandbox on the flagship query for a demo rep's newest open lead, with a working token", async () => {
    const rep = await stack.as({ userId: "rep-zoe", organizationId: orgId });
    const created = await rep.query<{ createLeads: { leads: { id: string }[] } }>(
      `mutation { createLeads(input: [{ name: "Sandbox lead", assignedToId: "rep-zoe" }]) { leads { id } } }`,
    );
    const leadId = created.createLeads.leads[0]!.id;
    const html = await (await fetch(`${origin(stack)}/`, { headers: { accept: "text/html" } })).text();
    expect(html).toContain("LeadOutlook");
    expect(html).toContain(leadId);
    const token = html.match(/Bearer ([\w-]+\.[\w-]+\.[\w-]+)/)?.[1];
    expect(token).toBeDefined();
    const answer = await new Client(stack.gatewayUrl, token!).query<{ lead: { id: string; prediction: { probability: number } } }>(
      `query($id: ID!) { lead(id: $id) { id prediction { probability } } }`,
      { id: leadId },
    );
    expect(answer.lead.id).toBe(leadId);
    expect(answer.lead.prediction.probability).toBeGreaterThan(0);
  });

  it("answers 404 for a user it does not know instead of inventing one", async () => {
    const response = await fetch(`${origin(stack)}/dev/token?user=nobody-${Date.now()}`);
    expect(response.status).toBe(404);
  });
});

describe("development sign-in in production", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: "production" });
    await (await stack.createOrg()).user("rep", "rep-zoe");
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("serves no Sandbox with a token", async () => {
    const html = await (await fetch(`${origin(stack)}/`, { headers: { accept: "text/html" } })).text();
    expect(html).not.toMatch(/Bearer /);
  });

  it("does not exist: both endpoints are 404 and no token is signed", async () => {
    for (const path of ["/dev/users", "/dev/token?user=rep-zoe"]) {
      const response = await fetch(`${origin(stack)}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toMatch(/token/);
    }
  });
});
