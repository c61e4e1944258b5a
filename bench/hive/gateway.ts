/**
 * The comparison gateway of the stack benchmark: Hive Gateway with the Rust query planner
 * (`@graphql-hive/router-runtime`), serving the same committed supergraph to the same subgraph
 * processes. Like the product's gateway it verifies the caller's token (the same verifier, which
 * remembers verified tokens) and forwards the Authorization header to every subgraph, which verifies
 * it again. Unlike it, it has no operation limits, persisted operations or rate limits: it measures
 * the gateway engine, so the comparison leans slightly in Hive's favour.
 *
 * Run as its own process with the stack's environment (`bench/support/stack-processes.ts` starts it):
 * `node --import tsx bench/hive/gateway.ts`. It listens on GATEWAY_PORT, on the loopback only.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { bearerToken, createVerifier, resolveJwtOptions } from "@revgraph/auth";
import { loadConfig, REPO_ROOT } from "@revgraph/config";

const config = loadConfig();
const verify = createVerifier(resolveJwtOptions(config));

const gateway = createGatewayRuntime({
  // The committed supergraph the product's gateway serves (read here rather than through @revgraph/stack: see tsconfig.json).
  supergraph: fs.readFileSync(path.join(REPO_ROOT, "schema/supergraph.graphql"), "utf8"),
  unifiedGraphHandler,
  // Given here: the runtime would import it by name from its own folder, where pnpm does not put it.
  transports: { http: httpTransport },
  // The supergraph's routing URLs name the default ports; the bench's subgraphs listen elsewhere.
  // Identical subgraph requests in flight at once are sent once by default: with the bench's single
  // token and one list asked by every client, that turns most requests into one, which the product's
  // gateway does not do and traffic from many users seldom allows. Off, to compare the engines.
  transportEntries: Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, url]) => [name, { location: url, options: { deduplicateInflightRequests: false } }])),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }),
  },
  readinessCheckEndpoint: "/health/ready",
  graphiql: false,
  landingPage: false,
  logging: config.logLevel === "silent" ? false : "warn",
});

const server = http.createServer((req, res) => {
  if (req.method !== "POST") return void gateway(req, res);
  // The product's gateway refuses a caller it cannot verify before planning anything; so does this one.
  void verify(bearerToken(req.headers.authorization)).then(
    () => gateway(req, res),
    (error: Error) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] }));
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(config.ports.gateway, "127.0.0.1");
process.on("SIGTERM", async () => {
  server.close();
  await gateway.dispose();
  process.exit(0);
});
