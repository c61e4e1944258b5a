// Closed-loop HTTP load with autocannon: N clients post GraphQL requests for a while; every response is timed and checked.
import autocannon from "autocannon";
import { quantile } from "./stats";

export interface LoadSpec {
  url: string;
  token: string;
  operationName: string;
  query: string;
  /** The variables of each request, taken round robin across all clients. */
  variables: Record<string, unknown>[];
  clients: number;
  seconds: number;
  /** Requests per second across all clients; unlimited when absent. */
  rate?: number;
}

export interface LoadResult {
  requests: number;
  /** Non-200 answers, GraphQL errors, socket errors and timeouts. */
  errors: number;
  firstError: string | null;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  latencies: number[];
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const bodies = spec.variables.map((variables) => JSON.stringify({ operationName: spec.operationName, query: spec.query, variables }));
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.clients,
        duration: spec.seconds,
        overallRate: spec.rate,
        timeout: 30,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${spec.token}` },
            setupRequest: (request) => {
              const body = bodies[next % bodies.length]!;
              next += 1;
              return { ...request, body };
            },
            onResponse: (status, body) => {
              if (status === 200 && !body.includes('"errors":')) return;
              graphqlErrors += 1;
              firstError ??= `${status} ${body.slice(0, 300)}`;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        const errors = graphqlErrors + result.errors + result.timeouts;
        resolve({
          requests: result.requests.total,
          errors,
          firstError: firstError ?? (errors ? `${result.errors} socket errors, ${result.timeouts} timeouts` : null),
          rps: sorted.length / spec.seconds,
          p50: quantile(sorted, 0.5),
          p95: quantile(sorted, 0.95),
          p99: quantile(sorted, 0.99),
          max: sorted[sorted.length - 1] ?? Number.NaN,
          latencies: sorted,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** One request, its parsed JSON answer. */
export async function postGraphql(
  url: string,
  token: string,
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName, query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}
