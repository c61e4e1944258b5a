/** Language-model list prices per million tokens (USD), for the cost of each recorded call in every subgraph; unknown models cost null. */
const PRICES: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1": { input: 2, output: 8 },
};

export function costUsd(model: string, promptTokens: number, completionTokens: number): number | null {
  const price = PRICES[model];
  if (!price) return null;
  return (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
}
