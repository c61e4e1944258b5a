// A confidence band for a probability from its 90% interval and the evidence behind the model.
//
//   LOW    — evidence < 10 (subjects of the rarer outcome behind the model), or the 90% interval
//            is wider than 0.4;
//   HIGH   — evidence ≥ 30, the interval is at most 0.2 wide, and the probability is at least
//            0.2 away from a coin flip (≤ 0.3 or ≥ 0.7);
//   MEDIUM — otherwise.

export type Confidence = "LOW" | "MEDIUM" | "HIGH";

/** z for a two-sided 90% interval. */
export const Z90 = 1.645;

/** The confidence band for a probability, its 90% interval and the evidence behind the model (see the header). */
export function confidenceFor(probability: number, low: number, high: number, evidence: number): Confidence {
  const width = high - low;
  if (evidence < 10 || width > 0.4) return "LOW";
  if (evidence >= 30 && width <= 0.2 && Math.abs(probability - 0.5) >= 0.2) return "HIGH";
  return "MEDIUM";
}
