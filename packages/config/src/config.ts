/** The one place that reads the environment: every process builds its configuration here. */
import { z } from "zod";
import path from "node:path";

const RawEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().optional(),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SALES_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  SCORING_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  PERSONALIZATION_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  CUSTOMER_SUCCESS_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  GATEWAY_HOST: z.string().min(1).default("0.0.0.0"),
  SUBGRAPH_HOST: z.string().min(1).default("127.0.0.1"),
  SALES_URL: z.string().url().optional(),
  SCORING_URL: z.string().url().optional(),
  PERSONALIZATION_URL: z.string().url().optional(),
  CUSTOMER_SUCCESS_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
  PERSISTED_OPERATIONS: z.enum(["accept", "only"]).default("accept"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ORG_PER_MINUTE: z.coerce.number().int().min(1).default(3000),
  REDIS_URL: z.string().url().optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  // @apollo/gateway's own switch, read under its own name; the product defaults it to off (see Config.apolloTelemetry).
  APOLLO_TELEMETRY_DISABLED: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  JOBS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type SubgraphName = "sales" | "scoring" | "personalization" | "customer-success";
export const SUBGRAPH_NAMES: SubgraphName[] = ["sales", "scoring", "personalization", "customer-success"];

export interface Config {
  env: "development" | "test" | "production";
  /** PostgreSQL server URL; when absent the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  /** Connections each process keeps to the PostgreSQL server; more statements are pipelined on them. */
  databasePoolSize: number;
  dataDir: string;
  /** Where the embedded database lives (inside dataDir): the one path `pnpm start` and `pnpm seed` both open. */
  embeddedDatabaseDir: string;
  jwt: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  ports: { gateway: number } & Record<SubgraphName, number>;
  /** Interfaces to listen on: the gateway is the public entry (all interfaces); subgraphs only the loopback unless SUBGRAPH_HOST says otherwise (e.g. 0.0.0.0 when they run on other hosts). */
  hosts: { gateway: string; subgraph: string };
  /** Subgraph URLs the gateway routes to (defaults: localhost on the configured ports). */
  subgraphUrls: Record<SubgraphName, string>;
  openai: { apiKey?: string; baseUrl?: string; model: string; timeoutMs: number };
  logLevel: string;
  jobsEnabled: boolean;
  /** "only": the gateway accepts nothing but the first-party client's persisted operations (client/generated/persisted-documents.json). */
  persistedOperations: "accept" | "only";
  /** When set, every process's /metrics answers only `Authorization: Bearer <token>` (set it in production: the gateway is public). */
  metricsToken?: string;
  /** Requests per minute the gateway admits per user and per organization; counted in Redis when `redisUrl` is set (shared by replicas), else in memory. */
  rateLimit: { userPerMinute: number; orgPerMinute: number; redisUrl?: string };
  /**
   * Whether @apollo/gateway may send Apollo its anonymous usage report (hourly), for which it first probes the
   * cloud providers' metadata addresses. Off unless APOLLO_TELEMETRY_DISABLED=false: the gateway calls no third party
   * unless the operator chooses to.
   */
  apolloTelemetry: boolean;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

/** Parses and validates the environment; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = RawEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const ports = {
    gateway: e.GATEWAY_PORT,
    sales: e.SALES_PORT,
    scoring: e.SCORING_PORT,
    personalization: e.PERSONALIZATION_PORT,
    "customer-success": e.CUSTOMER_SUCCESS_PORT,
  };
  const local = (port: number) => `http://localhost:${port}/graphql`;
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.DATA_DIR ?? path.join(REPO_ROOT, ".data")),
    embeddedDatabaseDir: path.join(path.resolve(e.DATA_DIR ?? path.join(REPO_ROOT, ".data")), "pglite"),
    jwt: { secret: e.JWT_SECRET, jwksUrl: e.JWT_JWKS_URL, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    ports,
    hosts: { gateway: e.GATEWAY_HOST, subgraph: e.SUBGRAPH_HOST },
    subgraphUrls: {
      sales: e.SALES_URL ?? local(ports.sales),
      scoring: e.SCORING_URL ?? local(ports.scoring),
      personalization: e.PERSONALIZATION_URL ?? local(ports.personalization),
      "customer-success": e.CUSTOMER_SUCCESS_URL ?? local(ports["customer-success"]),
    },
    openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, timeoutMs: e.OPENAI_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
    jobsEnabled: e.JOBS_ENABLED,
    persistedOperations: e.PERSISTED_OPERATIONS,
    metricsToken: e.METRICS_TOKEN,
    rateLimit: { userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE, orgPerMinute: e.RATE_LIMIT_ORG_PER_MINUTE, redisUrl: e.REDIS_URL },
    apolloTelemetry: !e.APOLLO_TELEMETRY_DISABLED,
  };
}
