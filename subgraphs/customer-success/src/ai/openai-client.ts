/** The customer-success subgraph's language-model client: one per process (it pools connections), null without a key. */
import OpenAI from "openai";

export interface OpenAiSettings {
  apiKey?: string;
  baseUrl?: string;
  model: string;
  timeoutMs?: number;
}

export interface AiClient {
  client: OpenAI | null;
  settings: OpenAiSettings;
}

export function createAiClient(settings: OpenAiSettings): AiClient {
  const client = settings.apiKey ? new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs ?? 4000, maxRetries: 0 }) : null;
  return { client, settings };
}
