/** Starts every subgraph and the gateway in one process, each on its own HTTP port, over one database. */
import fs from "node:fs";
import path from "node:path";
import { createVerifier, resolveJwtOptions, type TokenVerifier } from "@revgraph/auth";
import { REPO_ROOT, type Config } from "@revgraph/config";
import type { DatabaseHandle } from "@revgraph/db";
import { rateLimitFromConfig, serveGateway } from "@revgraph/gateway";
import { serveSubgraph, type Logger } from "@revgraph/graph";
import { readCommittedSupergraph, readPersistedManifest } from "./compose";
import { combineRoutes, devSignInRoutes, sandboxStart, type DevSignInOptions } from "./dev-sign-in";
import { subgraphDefinitions } from "./subgraphs";
import { webAppRoutes } from "./web-app";

/** The flagship query (a lead with the caller's prediction, next action, profile and account), Sandbox's first document. */
const FLAGSHIP_OPERATION = path.join(REPO_ROOT, "client/operations/lead-outlook.graphql");

export interface StackOptions {
  config: Config;
  database: DatabaseHandle;
  log: Logger;
  /** Use port 0 everywhere (tests). */
  ephemeralPorts?: boolean;
  verify?: TokenVerifier;
  /** Poll interval of background job workers (tests use a short one). */
  jobPollMs?: number;
  /** Prefix of the gateway's Redis rate-limit keys (tests use one per run). */
  rateLimitKeyPrefix?: string;
  /** The HS256 secret that `verify` accepts, for development sign-in (default: JWT_SECRET or the development secret). */
  signingSecret?: string;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { config, database, log } = options;
  const verify = options.verify ?? createVerifier(resolveJwtOptions(config));
  const production = config.env === "production";
  const started: { close(): Promise<void> }[] = [];
  const subgraphUrls: Record<string, string> = {};
  try {
    for (const definition of subgraphDefinitions(config)) {
      // Closed in reverse order: after the subgraph's server and background work.
      if (definition.stop) started.push({ close: definition.stop });
      const server = await serveSubgraph({
        name: definition.name,
        schema: await definition.buildSchema(),
        database,
        verify,
        port: options.ephemeralPorts ? 0 : config.ports[definition.name],
        host: config.hosts.subgraph,
        log,
        extendContext: definition.extendContext,
        production,
        metricsToken: config.metricsToken,
      });
      started.push(server);
      subgraphUrls[definition.name] = server.url;
      if (config.jobsEnabled && definition.startBackground) {
        const stop = await definition.startBackground({ db: database.db, log, pollMs: options.jobPollMs });
        started.push({ close: stop });
      }
    }
    const gateway = await serveGateway({
      routes: combineRoutes(webAppRoutes(), production ? undefined : devSignIn(options)),
      sandbox: production ? undefined : sandbox(options),
      supergraphSdl: readCommittedSupergraph(),
      subgraphUrls,
      verify,
      port: options.ephemeralPorts ? 0 : config.ports.gateway,
      host: config.hosts.gateway,
      log,
      production,
      metricsToken: config.metricsToken,
      persisted: { manifest: readPersistedManifest(), mode: config.persistedOperations },
      rateLimit: rateLimitFromConfig(config, options.rateLimitKeyPrefix),
      apolloTelemetry: config.apolloTelemetry,
    });
    started.push(gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      async close() {
        for (const server of started.reverse()) await server.close();
      },
    };
  } catch (error) {
    for (const server of started.reverse()) await server.close();
    throw error;
  }
}

/**
 * Development sign-in, when tokens are HS256: tokens for any user in the database. Not in production,
 * nor when tokens come from a JWKS (the stack cannot sign those).
 */
function devSignIn(options: StackOptions) {
  const signing = devSigning(options);
  return signing ? devSignInRoutes(signing) : undefined;
}

/** Sandbox opens on the flagship query with a demo rep's token (development, HS256 tokens only). */
function sandbox(options: StackOptions) {
  const signing = devSigning(options);
  return signing ? sandboxStart(signing, fs.readFileSync(FLAGSHIP_OPERATION, "utf8")) : undefined;
}

function devSigning({ config, database, signingSecret }: StackOptions): DevSignInOptions | undefined {
  if (signingSecret) return { db: database.db, secret: signingSecret };
  const jwt = resolveJwtOptions(config);
  if (!jwt.secret || jwt.jwksUrl) return undefined;
  return { db: database.db, secret: jwt.secret, issuer: jwt.issuer, audience: jwt.audience };
}
