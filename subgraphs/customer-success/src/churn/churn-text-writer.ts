/**
 * Optionally has a language model write a churn prediction's explanation and recommendations
 * (OpenAI-compatible API, json_schema structured output, a timeout). The prompt holds only the
 * numbers: probability, risk, confidence, the built-in factors (custom attributes are left out,
 * since their values may name people or companies) and the deterministic recommendations; no
 * account name, domain, email or id. The probability is never the model's. An error, a timeout,
 * a malformed answer or one that quotes a number the prompt does not hold returns null (the caller
 * keeps the deterministic text). Every call is recorded in customer_success.ai_usage.
 */
import OpenAI from "openai";
import { costUsd, llmCalls } from "@revgraph/graph";
import type { AiUsageRepository } from "../ai/ai-usage.repository";
import type { AiClient } from "../ai/openai-client";
import { CHURN_FEATURES } from "./churn-features";
import type { ChurnRecommendation } from "./churn-explain";
import type { ChurnPrediction } from "./churn-predict";

export const CHURN_TEXT_FEATURE = "churn-explanation";
const MAX_EXPLANATION = 800;
const MAX_RECOMMENDATIONS = 6;
const BUILT_IN: ReadonlySet<string> = new Set(CHURN_FEATURES);

const SCHEMA = {
  type: "object",
  properties: {
    explanation: { type: "string", description: "Two to four plain sentences for the customer-success manager: how likely churn is and why, quoting the numbers given." },
    recommendations: {
      type: "array",
      description: "What to do, most urgent first (1-6).",
      items: {
        type: "object",
        properties: {
          playbook: { type: ["string", "null"], enum: ["RISK", "RENEWAL", "EXPANSION", null], description: "The playbook the step belongs to, or null for a step on its own." },
          action: { type: "string", description: "The concrete step." },
          reason: { type: "string", description: "The numbers that call for it." },
        },
        required: ["playbook", "action", "reason"],
        additionalProperties: false,
      },
    },
  },
  required: ["explanation", "recommendations"],
  additionalProperties: false,
} as const;

export interface ChurnText {
  explanation: string;
  recommendations: ChurnRecommendation[];
}

/** What the model is told: numbers and built-in factor labels only. Exported for tests. */
export function churnPromptFacts(p: ChurnPrediction) {
  return {
    churnProbabilityPercent: Math.round(p.probability * 100),
    windowDays: p.windowDays,
    riskCategory: p.riskCategory,
    confidence: p.confidence,
    basis: p.source === "MODEL" ? "learned from this organization's recorded renewals" : "rules on health, activity recency and open CTAs (no outcomes recorded yet)",
    factors: p.factors
      .filter((f) => BUILT_IN.has(f.name) || f.name.startsWith("rule."))
      .slice(0, 6)
      .map((f) => ({ factor: f.label, value: f.value === null ? null : Math.round(f.value * 10) / 10, effect: f.contribution > 0 ? "raises risk" : "lowers risk" })),
    suggestedSteps: p.recommendations.map((r) => ({ playbook: r.playbook, action: r.action, reason: r.reason })),
  };
}

export class ChurnTextWriter {
  constructor(
    private readonly ai: AiClient,
    private readonly usage: AiUsageRepository,
    private readonly userId: string,
  ) {}

  get enabled(): boolean {
    return this.ai.client !== null;
  }

  async write(prediction: ChurnPrediction): Promise<ChurnText | null> {
    const client = this.ai.client;
    if (!client) return null;
    const facts = churnPromptFacts(prediction);
    const started = Date.now();
    let outcome: "ok" | "error" | "timeout" | "invalid" = "error";
    let promptTokens: number | null = null;
    let completionTokens: number | null = null;
    try {
      const completion = await client.chat.completions.create({
        model: this.ai.settings.model,
        temperature: 0.2,
        max_tokens: 600,
        response_format: { type: "json_schema", json_schema: { name: "churn_explanation", schema: SCHEMA, strict: true } },
        messages: [
          {
            role: "system",
            content:
              "You help a customer-success manager act on a churn prediction. Explain it and say what to do, using only the facts given. Quote numbers exactly as given; add no numbers or facts of your own; do not change the probability.",
          },
          { role: "user", content: JSON.stringify(facts) },
        ],
      });
      promptTokens = completion.usage?.prompt_tokens ?? null;
      completionTokens = completion.usage?.completion_tokens ?? null;
      const text = parseChurnText(completion.choices[0]?.message?.content, facts);
      if (!text) {
        outcome = "invalid";
        return null;
      }
      outcome = "ok";
      return text;
    } catch (error) {
      outcome = error instanceof OpenAI.APIConnectionTimeoutError ? "timeout" : "error";
      return null;
    } finally {
      llmCalls.inc({ service: "customer-success", operation: CHURN_TEXT_FEATURE, result: outcome === "ok" ? "success" : "fallback" });
      await this.usage.record({
        userId: this.userId,
        feature: CHURN_TEXT_FEATURE,
        model: this.ai.settings.model,
        promptTokens,
        completionTokens,
        costUsd: promptTokens === null ? null : costUsd(this.ai.settings.model, promptTokens, completionTokens ?? 0),
        latencyMs: Date.now() - started,
        outcome,
      });
    }
  }
}

const numbersIn = (s: string): string[] => s.match(/\d+(\.\d+)?/g) ?? [];

/**
 * The model's answer when it has the schema's shape, states the probability, and quotes no number
 * the facts do not hold (it may drop some, never invent or change one); else null.
 */
export function parseChurnText(content: string | null | undefined, facts: ReturnType<typeof churnPromptFacts>): ChurnText | null {
  if (!content) return null;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return null;
  }
  const v = value as { explanation?: unknown; recommendations?: unknown };
  if (typeof v.explanation !== "string" || !v.explanation.trim() || v.explanation.length > MAX_EXPLANATION) return null;
  if (!Array.isArray(v.recommendations) || v.recommendations.length === 0 || v.recommendations.length > MAX_RECOMMENDATIONS) return null;
  const recommendations: ChurnRecommendation[] = [];
  for (const r of v.recommendations as { playbook?: unknown; action?: unknown; reason?: unknown }[]) {
    if (r.playbook !== null && r.playbook !== "RISK" && r.playbook !== "RENEWAL" && r.playbook !== "EXPANSION") return null;
    if (typeof r.action !== "string" || !r.action.trim() || r.action.length > 300) return null;
    if (typeof r.reason !== "string" || r.reason.length > 300) return null;
    recommendations.push({ playbook: r.playbook, action: r.action.trim(), reason: r.reason.trim() });
  }
  const allowed = new Set(numbersIn(JSON.stringify(facts)));
  const quoted = [v.explanation, ...recommendations.flatMap((r) => [r.action, r.reason])].flatMap(numbersIn);
  if (quoted.some((n) => !allowed.has(n))) return null;
  if (!numbersIn(v.explanation).includes(String(facts.churnProbabilityPercent))) return null;
  return { explanation: v.explanation.trim(), recommendations };
}
