/** A small node:http front for Apollo Server: /graphql plus liveness and readiness endpoints. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext as ApolloBaseContext, type ContextThunk } from "@apollo/server";
import type { Logger } from "./logger";
import { metricsRegistry } from "./metrics";
import { tagWithRequestId } from "./error-policy";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";
import { sendText } from "./send-text";

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Sent with every response: no MIME sniffing, no framing, no referrer leaking the URL. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

export interface ServeOptions<TContext extends ApolloBaseContext> {
  server: ApolloServer<TContext>;
  port: number;
  host?: string;
  log: Logger;
  /** Builds the per-request context from the incoming request and its id (throws to reject it). */
  context: (req: http.IncomingMessage, requestId: string) => Promise<TContext>;
  /** Whether to adopt the caller's x-request-id (subgraphs, behind the gateway) instead of minting one. */
  trustRequestId?: boolean;
  /** When set, /metrics answers only requests bearing this token (Authorization: Bearer …). */
  metricsToken?: string;
  /** Readiness check: resolves when the process can serve traffic (e.g. database reachable). */
  ready: () => Promise<void>;
  /** Answers paths other than /graphql and the health and metrics endpoints (e.g. the web app); resolves true when it answered. */
  routes?: HttpRoutes;
}

/** A handler for extra paths on a server: answers the request and resolves true, or resolves false to leave it alone. */
export type HttpRoutes = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Graceful stop: readiness turns false, no new connection is accepted, requests in flight get
   * up to `drainMs` (default 10 s) to finish, then the remaining connections are cut.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/** How long a graceful stop waits for requests in flight. */
export const DEFAULT_DRAIN_MS = 10_000;

export async function serveApollo<TContext extends ApolloBaseContext>(options: ServeOptions<TContext>): Promise<RunningServer> {
  const { server, log } = options;
  await server.start();
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const httpServer = http.createServer((req, res) => {
    inFlight += 1;
    res.on("close", () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
    // While stopping, answers close their connection instead of keeping it alive for more.
    if (draining) res.setHeader("connection", "close");
    const requestId = requestIdFor(req.headers[REQUEST_ID_HEADER], options.trustRequestId ?? false);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res, requestId).catch((error) => {
      log.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health/live") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/health/ready") {
      if (draining) return sendJson(res, 503, { status: "unavailable", reason: "shutting down" });
      try {
        await options.ready();
        return sendJson(res, 200, { status: "ready" });
      } catch (error) {
        return sendJson(res, 503, { status: "unavailable", reason: (error as Error).message });
      }
    }
    if (url.pathname === "/metrics") {
      if (options.metricsToken && req.headers.authorization !== `Bearer ${options.metricsToken}`) return sendJson(res, 401, { error: "Unauthorized" });
      res.setHeader("content-type", metricsRegistry.contentType);
      return res.end(await metricsRegistry.metrics());
    }
    if (options.routes && (await options.routes(req, res, url))) return;
    if (url.pathname !== "/graphql" && url.pathname !== "/") return sendJson(res, 404, { error: "Not found" });

    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req);
      if (raw === undefined) {
        // Refused without reading the rest: the connection closes after the answer instead of draining it.
        res.setHeader("connection", "close");
        return sendError(res, 413, "Request body too large");
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendError(res, 400, "Request body is not valid JSON");
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: (async () => {
        try {
          return await options.context(req, requestId);
        } catch (error) {
          // A failure to build the context reaches formatError without passing any plugin.
          tagWithRequestId([error], requestId);
          throw error;
        }
      }) as ContextThunk<TContext>,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      sendText(res, response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  // Outlive the clients' idle keep-alive (the gateway drops idle connections within 30 s): otherwise a
  // request sent just as the server closes an idle socket fails with "socket hang up", which
  // happens whenever the event loop was busy (e.g. training) when the timers fired.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? "0.0.0.0", resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async close({ drainMs = DEFAULT_DRAIN_MS } = {}) {
      draining = true;
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, drainMs).unref();
        });
        if (inFlight > 0) log.warn({ inFlight, drainMs }, "stopping with requests still in flight");
      }
      httpServer.closeAllConnections();
      await closed;
      await server.stop();
    },
  };
}

/** The request body, or undefined as soon as it is known to exceed MAX_BODY_BYTES (by its content-length, or while streaming). */
function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData);
      resolve(undefined);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(payload));
}

function sendError(res: http.ServerResponse, status: number, message: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
}
