import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveGateway } from "@revgraph/gateway";
import { readCommittedSupergraph } from "@revgraph/stack";
import { Client, startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";
import { createVerifier, signToken } from "@revgraph/auth";
import { createLogger } from "@revgraph/graph";

const logLines: Record<string, any>[] = [];
const log = createLogger(
  "test",
  "error",
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(chunk.toString()));
      done();
    },
  }),
);

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack({ env: "production", log });
  rep = await (await stack.createOrg()).user();
});
afterAll(async () => {
  await stack?.close();
});

const TYPO_AT_GATEWAY = `{ lead(id: "00000000-0000-0000-0000-000000000000") { nam } }`;
const TYPO_IN_SUBGRAPH = `{ _servic { sdl } }`;
const LEAKS = /select |insert |from "|customer_success|params|localhost|127\.0\.0\.1|:\d{4,5}\/|stacktrace/i;

describe("errors in production", () => {
  it("turn an unexpected database error into INTERNAL_SERVER_ERROR with a request id and no SQL, and log it in full", async () => {
    await stack.database.db.execute(sql`alter table customer_success.accounts rename to accounts_gone`);
    try {
      for (const client of [rep.client, stack.direct("customer-success", rep.token)]) {
        const result = await client.raw(`{ accounts { nodes { id name } } }`);
        expect(result.errors).toHaveLength(1);
        const [error] = result.errors!;
        expect(error).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
        expect(error!.extensions!.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(JSON.stringify(result)).not.toMatch(LEAKS);
        const logged = logLines.filter((line) => line.requestId === error!.extensions!.requestId);
        expect(JSON.stringify(logged)).toMatch(/accounts/);
      }
    } finally {
      await stack.database.db.execute(sql`alter table customer_success.accounts_gone rename to accounts`);
    }
  });

  it("keep the code and message of expected errors", async () => {
    const notUuid = await rep.client.raw(`{ lead(id: "nope") { id } }`);
    expect(notUuid.errors?.[0]).toMatchObject({ message: expect.stringMatching(/id must be a UUID/), extensions: { code: "BAD_USER_INPUT", field: "id" } });
    const anonymous = await stack.anonymous().raw(`{ me { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const tooDeep = await rep.client.raw(`{ profiles { nodes { ${"lead { profile { ".repeat(6)}id${" } }".repeat(6)} } } }`);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("OPERATION_TOO_COMPLEX");
    expect(JSON.stringify([notUuid, anonymous, tooDeep])).not.toMatch(LEAKS);
  });

  it("refuse introspection and hide field suggestions at the gateway and in every subgraph", async () => {
    const clients = [rep.client, ...Object.keys(stack.subgraphUrls).map((name) => stack.direct(name, rep.token))];
    for (const [i, client] of clients.entries()) {
      const introspection = await client.raw(`{ __schema { queryType { name } } }`);
      expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await client.raw(i === 0 ? TYPO_AT_GATEWAY : TYPO_IN_SUBGRAPH);
      expect(typo.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    }
  });
});

describe("gateway errors in production", () => {
  it("never name a subgraph's URL, whether it is down or answers garbage", async () => {
    const garbage = http.createServer((_req, res) => {
      res.statusCode = 502;
      res.setHeader("content-type", "text/html");
      res.end("<html>upstream http://10.0.0.7:4001/graphql failed</html>");
    });
    await new Promise<void>((resolve) => garbage.listen(0, "127.0.0.1", resolve));
    const garbageUrl = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/graphql`;
    const secret = "a-secret-for-the-gateway-error-test-0123456789";
    const gateway = await serveGateway({
      supergraphSdl: readCommittedSupergraph(),
      subgraphUrls: { sales: "http://127.0.0.1:9/graphql", scoring: garbageUrl, personalization: garbageUrl, "customer-success": garbageUrl },
      verify: createVerifier({ secret }),
      port: 0,
      log,
      production: true,
    });
    try {
      const client = new Client(gateway.url, await signToken(secret, { userId: "u", organizationId: "o", role: "rep" }));
      for (const query of [`{ me { id } }`, `{ accounts { nodes { id } } }`]) {
        const result = await client.raw(query);
        expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
        expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|10\.0\.0\.7|:\d{4,5}\/graphql|ECONNREFUSED/);
      }
    } finally {
      await gateway.close();
      garbage.close();
    }
  });
});

describe("errors in development", () => {
  it("keep introspection and suggestions for Apollo Sandbox", async () => {
    const dev = await startTestStack();
    try {
      const user = await (await dev.createOrg()).user();
      for (const client of [user.client, dev.direct("sales", user.token)]) {
        expect((await client.query(`{ __schema { queryType { name } } }`)).__schema.queryType.name).toBe("Query");
      }
      expect((await user.client.raw(TYPO_AT_GATEWAY)).errors?.[0]?.message).toMatch(/Did you mean "name"/);
      expect((await dev.direct("sales", user.token).raw(TYPO_IN_SUBGRAPH)).errors?.[0]?.message).toMatch(/Did you mean "_service"/);
    } finally {
      await dev.close();
    }
  });
});
