/**
 * Optionally rephrases a next-action explanation with a language model (OpenAI-compatible API,
 * structured output, a timeout). The prompt carries only the action and the numbers already in the
 * deterministic text — no names, emails or other personal data — and the requesting user's own
 * tone and custom instructions (their preferences, read for them alone). Any failure returns the
 * deterministic text; every call is recorded with its tokens and cost.
 */
import OpenAI from "openai";
import type { AiUsageRepository } from "./ai-usage.repository";
import { costUsd, llmCalls } from "@revgraph/graph";

export interface OpenAiSettings {
  apiKey?: string;
  baseUrl?: string;
  model: string;
  timeoutMs?: number;
}

export const FEATURE = "next-action-reasoning";

/** The requesting user's wording preferences. */
export interface PhrasingStyle {
  tone: "PROFESSIONAL" | "FRIENDLY" | "CONCISE";
  customInstructions: string;
}

const TONE_GUIDE: Record<PhrasingStyle["tone"], string> = {
  PROFESSIONAL: "Use a plain, businesslike tone.",
  FRIENDLY: "Use a warm, encouraging tone.",
  CONCISE: "Be as brief as possible: one short sentence.",
};

/** The system prompt: the task, the tone, and the user's own instructions, which never override keeping the numbers. */
export function systemPrompt(style: PhrasingStyle): string {
  const base =
    "You help a sales rep decide their next step on a lead. Rewrite the explanation you are given as one or two plain sentences addressed to the rep. Keep every number exactly; add no facts.";
  const instructions = style.customInstructions.trim()
    ? ` The rep's own preferences for wording follow; apply them only where they do not conflict with keeping every number and adding no facts: """${style.customInstructions.trim()}"""`
    : "";
  return `${base} ${TONE_GUIDE[style.tone]}${instructions}`;
}

const DEFAULT_STYLE: PhrasingStyle = { tone: "PROFESSIONAL", customInstructions: "" };
const MAX_LENGTH = 400;

const SCHEMA = {
  type: "object",
  properties: { reasoning: { type: "string", description: "One or two plain sentences for the sales rep, keeping every number." } },
  required: ["reasoning"],
  additionalProperties: false,
} as const;

/** One client per process (it pools connections); null when no key is configured. */
export function createOpenAiClient(settings: OpenAiSettings): OpenAI | null {
  if (!settings.apiKey) return null;
  return new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs ?? 4000, maxRetries: 0 });
}

export class ReasoningWriter {
  constructor(
    private readonly client: OpenAI | null,
    private readonly settings: OpenAiSettings,
    private readonly usage: AiUsageRepository,
    private readonly userId: string,
  ) {}

  get enabled(): boolean {
    return this.client !== null;
  }

  async phrase(action: string, priority: string, deterministic: string, style: PhrasingStyle = DEFAULT_STYLE): Promise<string> {
    if (!this.client) return deterministic;
    const started = Date.now();
    let outcome: "ok" | "error" | "timeout" | "invalid" = "error";
    let promptTokens: number | null = null;
    let completionTokens: number | null = null;
    try {
      const completion = await this.client.chat.completions.create({
        model: this.settings.model,
        temperature: 0.2,
        max_tokens: 200,
        response_format: { type: "json_schema", json_schema: { name: "next_action_reasoning", schema: SCHEMA, strict: true } },
        messages: [
          { role: "system", content: systemPrompt(style) },
          { role: "user", content: JSON.stringify({ action, priority, explanation: deterministic }) },
        ],
      });
      promptTokens = completion.usage?.prompt_tokens ?? null;
      completionTokens = completion.usage?.completion_tokens ?? null;
      const text = parseReasoning(completion.choices[0]?.message?.content);
      if (!text || !keepsNumbers(deterministic, text)) {
        outcome = "invalid";
        return deterministic;
      }
      outcome = "ok";
      return text;
    } catch (error) {
      outcome = error instanceof OpenAI.APIConnectionTimeoutError ? "timeout" : "error";
      return deterministic;
    } finally {
      llmCalls.inc({ service: "scoring", operation: FEATURE, result: outcome === "ok" ? "success" : "fallback" });
      await this.usage.record({
        userId: this.userId,
        feature: FEATURE,
        model: this.settings.model,
        promptTokens,
        completionTokens,
        costUsd: promptTokens === null ? null : costUsd(this.settings.model, promptTokens, completionTokens ?? 0),
        latencyMs: Date.now() - started,
        outcome,
      });
    }
  }
}

function parseReasoning(content: string | null | undefined): string | null {
  if (!content) return null;
  try {
    const value = (JSON.parse(content) as { reasoning?: unknown }).reasoning;
    return typeof value === "string" && value.trim() && value.length <= MAX_LENGTH ? value.trim() : null;
  } catch {
    return null;
  }
}

/** The model may reword, but must not drop or invent the figures. */
function keepsNumbers(source: string, text: string): boolean {
  const numbers = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).sort().join(",");
  return numbers(source) === numbers(text);
}
