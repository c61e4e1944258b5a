/** Starts the real system for a test file: fresh migrated database, every subgraph, the gateway. */
import crypto from "node:crypto";
import { signToken, createVerifier, type Identity, type Role } from "@revgraph/auth";
import { loadConfig, type Config } from "@revgraph/config";
import { openDatabase, type DatabaseHandle } from "@revgraph/db";
import { createLogger, type Logger } from "@revgraph/graph";
import { startStack, type RunningStack } from "@revgraph/stack";
import postgres from "postgres";
import { Client } from "./graphql-client";

export interface TestStack extends RunningStack {
  database: DatabaseHandle;
  secret: string;
  /** A client of the gateway acting as this user. */
  as(identity: Partial<Identity> & { userId: string; organizationId: string }): Promise<Client>;
  /** A client of one subgraph, bypassing the gateway. */
  direct(subgraph: string, token?: string): Client;
  anonymous(): Client;
  /** A new organization with helpers to sign its users in. */
  createOrg(): Promise<TestOrg>;
}

export interface TestOrg {
  id: string;
  user(role?: Role, userId?: string): Promise<TestUser>;
}

export interface TestUser {
  id: string;
  organizationId: string;
  token: string;
  client: Client;
}

export interface TestStackOptions {
  jobs?: boolean;
  openai?: Partial<Config["openai"]>;
  /** "production" starts every process as NODE_ENV=production would (error masking, no introspection). */
  env?: "test" | "production";
  /** Where the processes log (silent by default). */
  log?: Logger;
  /** "only": the gateway accepts nothing but the persisted operations. */
  persistedOperations?: Config["persistedOperations"];
  /** Rate limits for this stack (defaults: the configuration's); `keyPrefix` isolates its Redis keys. */
  rateLimit?: Partial<Config["rateLimit"]> & { keyPrefix?: string };
  /** Guards every process's /metrics with this bearer token. */
  metricsToken?: string;
}

/**
 * Background jobs run only with `{ jobs: true }`. Embedded (in-memory PGlite) by default; with DATABASE_URL, a throwaway database created on
 * that server for this stack and dropped on close.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const base = loadConfig();
  const { keyPrefix: rateLimitKeyPrefix, ...rateLimit } = options.rateLimit ?? {};
  // Job workers poll the database, which would disturb query counts: tests opt in.
  const config = {
    ...base,
    env: options.env ?? ("test" as const),
    jobsEnabled: options.jobs ?? false,
    persistedOperations: options.persistedOperations ?? base.persistedOperations,
    openai: { ...base.openai, apiKey: undefined, baseUrl: undefined, ...options.openai },
    rateLimit: { ...base.rateLimit, ...rateLimit },
    metricsToken: options.metricsToken ?? base.metricsToken,
  };
  const secret = crypto.randomBytes(32).toString("hex");
  const { database, dropDatabase } = await freshDatabase(config.databaseUrl);
  await database.migrate();
  const stack = await startStack({
    config,
    database,
    log: options.log ?? createLogger("test", "silent"),
    ephemeralPorts: true,
    verify: createVerifier({ secret }),
    jobPollMs: 100,
    rateLimitKeyPrefix,
    signingSecret: secret,
  });

  const as = async (identity: Partial<Identity> & { userId: string; organizationId: string }) =>
    new Client(stack.gatewayUrl, await signToken(secret, { role: "rep", ...identity }));

  return {
    ...stack,
    database,
    secret,
    as,
    direct: (subgraph, token) => new Client(stack.subgraphUrls[subgraph]!, token),
    anonymous: () => new Client(stack.gatewayUrl),
    async createOrg() {
      const id = `org-${crypto.randomUUID()}`;
      return {
        id,
        async user(role: Role = "rep", userId = `user-${crypto.randomUUID()}`) {
          const token = await signToken(secret, { userId, organizationId: id, role, email: `${userId}@example.test` });
          const client = new Client(stack.gatewayUrl, token);
          // First sight: provisions the user, as a real sign-in would (at the sales subgraph, which owns users, so a gateway that accepts only persisted operations does not stand in the way).
          await new Client(stack.subgraphUrls.sales, token).query("{ me { id } }");
          return { id: userId, organizationId: id, token, client };
        },
      };
    },
    async close() {
      await stack.close();
      await database.close();
      await dropDatabase();
    },
  };
}

/** An empty database: in-memory PGlite, or a throwaway database on the server at `serverUrl` (its `url`), dropped by `dropDatabase`. */
export async function freshDatabase(serverUrl: string | undefined): Promise<{ database: DatabaseHandle; url?: string; dropDatabase: () => Promise<void> }> {
  if (!serverUrl) return { database: openDatabase({}), dropDatabase: async () => {} };
  const name = `revgraph_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: openDatabase({ url: url.toString(), maxConnections: 5 }),
    url: url.toString(),
    async dropDatabase() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
