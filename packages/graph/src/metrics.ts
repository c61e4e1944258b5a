/**
 * Prometheus metrics of this process (served at /metrics): request latency per operation, language
 * model calls, predictions computed and CTA events, plus Node's own process metrics. Labels come
 * from bounded sets only: an attacker sending random operation names must not grow memory.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const requestDuration = new Histogram({
  name: "graphql_request_duration_seconds",
  help: "GraphQL request latency by service, operation name and outcome (ok, or error when the response carries errors).",
  labelNames: ["service", "operation", "outcome"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const llmCalls = new Counter({
  name: "llm_calls_total",
  help: "Language-model calls by service, operation and result (success, or fallback to the deterministic text).",
  labelNames: ["service", "operation", "result"] as const,
  registers: [metricsRegistry],
});

export const predictionsComputed = new Counter({
  name: "predictions_computed_total",
  help: "Predictions computed (not served from the store) by service, kind and source (MODEL, DEFAULT, RULES, LLM).",
  labelNames: ["service", "kind", "source"] as const,
  registers: [metricsRegistry],
});

export const ctaEvents = new Counter({
  name: "ctas_total",
  help: "Customer-success CTAs created and closed, by type.",
  labelNames: ["event", "type"] as const,
  registers: [metricsRegistry],
});

/** Distinct operation names kept as labels; later new names are counted as "other". */
export const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seenOperations = new Set<string>();

/** The label for an operation name: itself while the set is bounded, else a fixed bucket. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!OPERATION_NAME.test(name)) return "invalid";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
  seenOperations.add(name);
  return name;
}

/** Observes every request's latency, labelled by operation and outcome. */
export function metricsPlugin<TContext extends BaseContext>(service: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, response }) {
          const body = response.body;
          const failed = body.kind === "single" ? (body.singleResult.errors?.length ?? 0) > 0 : false;
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          requestDuration.observe({ service, operation: operationLabel(operationName ?? request.operationName), outcome: failed ? "error" : "ok" }, seconds);
        },
      };
    },
  };
}
