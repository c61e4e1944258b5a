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

  it("does not exist: both endpoints are 404 and no token is signed", async () => {
    for (const path of ["/dev/users", "/dev/token?user=rep-zoe"]) {
      const response = await fetch(`${origin(stack)}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toMatch(/token/);
    }
  });
});
