import { describe, expect, it } from "vitest";
import { detectAnomalies, detectDrop, median } from "./health-anomalies";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("detectDrop", () => {
  it("flags a sudden fall far outside the account's usual wobble", () => {
    // Median 80, MAD 6 → z = 0.6745 × (40 − 80) / 6 = −4.50.
    expect(detectDrop([80, 86, 74, 86, 74, 80, 87], 40)).toEqual({ score: 40, baseline: 80, zScore: -4.5 });
  });

  it("ignores falls inside the usual variation, small falls on a flat history, rises, and short histories", () => {
    expect(detectDrop([80, 60, 95, 70, 90, 65, 85], 55)).toBeNull();
    expect(detectDrop([80, 80, 80, 80, 80], 73)).toBeNull();
    expect(detectDrop([50, 50, 50, 50, 50], 90)).toBeNull();
    expect(detectDrop([80, 80, 80, 80], 10)).toBeNull();
  });

  it("uses a MAD of at least 5 points, so one ticket on a flat history is no anomaly but a collapse is", () => {
    expect(detectDrop([100, 100, 100, 100, 100], 90)).toBeNull();
    expect(detectDrop([80, 80, 80, 80, 80], 50)).toEqual({ score: 50, baseline: 80, zScore: -4.05 });
  });

  it("looks at the newest 12 points only", () => {
    const old = Array.from({ length: 20 }, () => 20);
    expect(detectDrop([...Array.from({ length: 12 }, () => 80), ...old], 50)).not.toBeNull();
    expect(detectDrop([...Array.from({ length: 12 }, () => 40), ...old.map(() => 90)], 5)).not.toBeNull();
  });
});

describe("detectAnomalies", () => {
  it("reports the total and each measure that dropped, comparing a measure only with points that had it", () => {
    const point = (score: number, usage: number, support: number) => ({
      score,
      measures: [
        { measure: "USAGE_TREND", score: usage },
        { measure: "SUPPORT_LOAD", score: support },
      ],
    });
    const previous = [point(80, 90, 70), point(81, 91, 70), point(79, 89, 71), point(80, 90, 69), point(80, 90, 70), { score: 10, measures: [] }];
    const anomalies = detectAnomalies(previous, point(50, 40, 70));
    expect(anomalies.map((a) => a.measure)).toEqual(["TOTAL", "USAGE_TREND"]);
    expect(anomalies[1]).toMatchObject({ score: 40, baseline: 90 });
  });
});
