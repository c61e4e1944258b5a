import { describe, expect, it } from "vitest";
import { calibrateIntercept, drawFate, eventualWinProbability, LOST_DAYS, sigmoid, STALE_SHARE, WON_DAYS } from "./outcomes";
import { createRng } from "./random";

describe("outcome process", () => {
  it("wins the asked share of the leads that close, once stale leads are taken out of the losses", () => {
    const rng = createRng(3);
    const p = eventualWinProbability(0.4);
    const fates = Array.from({ length: 40_000 }, () => drawFate(rng, p));
    const won = fates.filter((f) => f.outcome === "WON").length;
    const lost = fates.filter((f) => f.outcome === "LOST").length;
    expect(won / (won + lost)).toBeCloseTo(0.4, 2);
    expect(fates.filter((f) => f.outcome === "STALE").length / (fates.length - won)).toBeCloseTo(STALE_SHARE, 1);
  });

  it("closes lost leads within days and won leads within weeks, inside their bounds", () => {
    const rng = createRng(5);
    const days = (outcome: "WON" | "LOST", p: number) => Array.from({ length: 5000 }, () => drawFate(rng, p)).flatMap((f) => (f.outcome === outcome ? [f.afterDays] : []));
    const won = days("WON", 1);
    const lost = days("LOST", 0);
    expect(Math.min(...won)).toBeGreaterThanOrEqual(WON_DAYS.min);
    expect(Math.max(...lost)).toBeLessThanOrEqual(LOST_DAYS.max);
    const share = (xs: number[], lo: number, hi: number) => xs.filter((d) => d >= lo && d <= hi).length / xs.length;
    expect(share(lost, 2, 30)).toBeGreaterThan(0.85);
    expect(share(won, 10, 60)).toBeGreaterThan(0.85);
  });

  it("calibrates the intercept to the target mean probability", () => {
    const logits = [-2, -1, 0, 0.5, 3];
    const intercept = calibrateIntercept(logits, 0.3);
    const mean = logits.reduce((s, z) => s + sigmoid(z + intercept), 0) / logits.length;
    expect(mean).toBeCloseTo(0.3, 6);
    expect(calibrateIntercept([], 0.3)).toBe(0);
  });
});
