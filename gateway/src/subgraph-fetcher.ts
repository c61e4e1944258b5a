/**
 * How the gateway's requests reach the subgraphs: `node:http` (or `https`) with connections kept
 * alive, and the answer read into one buffer. Node's own fetch does the same through WHATWG
 * streams, which cost a fifth of the gateway's CPU per request in `pnpm bench:stack` profiles; this
 * is the subset of fetch that `RemoteGraphQLDataSource` uses (status, headers, json, text).
 */
import http from "node:http";
import https from "node:https";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Like fetch's default: a subgraph that sends nothing for five minutes is given up on. */
const TIMEOUT_MS = 300_000;

const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

/** The subgraphs' URLs, parsed once (the gateway calls the same few for every request). */
const parsedUrls = new Map<string, URL>();

function parsed(url: string): URL {
  let target = parsedUrls.get(url);
  if (!target) {
    target = new URL(url);
    if (parsedUrls.size < 100) parsedUrls.set(url, target);
  }
  return target;
}

/** A fetch for subgraph calls: one request, its whole answer buffered. */
export const subgraphFetch: Fetcher = (url: string, init: FetcherRequestInit = {}) =>
  new Promise<FetcherResponse>((resolve, reject) => {
    const target = parsed(url);
    const agent = agents[target.protocol as keyof typeof agents];
    if (!agent) {
      reject(new TypeError(`A subgraph URL must be http or https, not ${target.protocol}`));
      return;
    }
    const send = target.protocol === "https:" ? https.request : http.request;
    const request = send(target, { method: init.method ?? "GET", headers: init.headers, agent, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve(new BufferedResponse(url, response, Buffer.concat(chunks))));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`The subgraph sent nothing for ${TIMEOUT_MS / 1000} s`)));
    request.on("error", reject);
    request.end(init.body);
  });

/** A subgraph's answer, already read. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  bodyUsed = false;
  private readonly rawHeaders: http.IncomingHttpHeaders;
  private builtHeaders: Headers | undefined;

  constructor(
    readonly url: string,
    response: http.IncomingMessage,
    private readonly body: Buffer,
  ) {
    this.status = response.statusCode ?? 0;
    this.statusText = response.statusMessage ?? "";
    this.ok = this.status >= 200 && this.status < 300;
    this.rawHeaders = response.headers;
  }

  /** Built when read: the gateway's query plans never read a subgraph's headers. */
  get headers(): Headers {
    if (!this.builtHeaders) {
      this.builtHeaders = new Headers();
      for (const [name, value] of Object.entries(this.rawHeaders)) {
        for (const one of Array.isArray(value) ? value : [value ?? ""]) this.builtHeaders.append(name, one);
      }
    }
    return this.builtHeaders;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return new Uint8Array(this.body).buffer;
  }

  clone(): FetcherResponse {
    const copy = Object.create(BufferedResponse.prototype) as BufferedResponse;
    return Object.assign(copy, this, { bodyUsed: false });
  }
}
