/**
 * How the gateway's requests reach the subgraphs: undici's dispatcher with connections kept alive,
 * and the answer read into one buffer without any stream. Node's own fetch (undici behind WHATWG
 * streams) cost a fifth of the gateway's CPU per request in `pnpm bench:stack` profiles, and
 * `node:http`'s client about 110 µs of CPU per call against this fetcher's 63 (`pnpm
 * bench:transport`: a local request and answer of a few hundred bytes). This is the subset of
 * fetch that the gateway's data source uses (status, headers, json, text).
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { Agent, type Dispatcher } from "undici";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Like fetch's default: a subgraph that sends nothing for five minutes is given up on. */
const TIMEOUT_MS = 300_000;

/**
 * One pool of kept-alive connections per subgraph origin (http or https). An idle connection is
 * dropped after 30 s at most, well before the subgraphs' own 65 s (http-server.ts), so a request is
 * never sent on a connection the subgraph is closing.
 */
const agent = new Agent({ headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS, keepAliveMaxTimeout: 30_000 });

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
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      reject(new TypeError(`A subgraph URL must be http or https, not ${target.protocol}`));
      return;
    }
    const options: Dispatcher.DispatchOptions = {
      origin: target.origin,
      path: target.pathname + target.search,
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
    };
    let status = 0;
    let statusText = "";
    let headers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    agent.dispatch(options, {
      // Required: without this hook undici's new handler API never delivered the answer here.
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders, statusMessage) {
        status = statusCode;
        statusText = statusMessage ?? "";
        headers = responseHeaders;
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        resolve(new BufferedResponse(url, status, statusText, headers, Buffer.concat(chunks)));
      },
      onResponseError(_controller, error) {
        reject(error);
      },
    });
  });

/** A subgraph's answer, already read. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly ok: boolean;
  bodyUsed = false;
  private builtHeaders: Headers | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
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
