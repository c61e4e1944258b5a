import { describe, expect, it } from "vitest";
import { healthTrend } from "./health-trend";

/** Scores given oldest first, passed newest first as the history field returns them. */
const history = (...oldestFirst: number[]) => oldestFirst.map((score) => ({ score })).reverse();

describe("healthTrend", () => {
  it("is STABLE with fewer than two points", () => {
    expect(healthTrend([])).toBe("STABLE");
    expect(healthTrend(history(80))).toBe("STABLE");
  });

  it("sees a steady rise or fall across the last four points", () => {
    expect(healthTrend(history(50, 55, 60, 65))).toBe("IMPROVING");
    expect(healthTrend(history(90, 80, 70, 60))).toBe("DECLINING");
  });

  it("ignores points older than the last four", () => {
    expect(healthTrend(history(10, 20, 30, 70, 70, 70, 70))).toBe("STABLE");
  });

  it("calls changes under 5 points across the window STABLE, and 5 a trend", () => {
    expect(healthTrend(history(70, 71, 72, 74))).toBe("STABLE");
    expect(healthTrend(history(70, 75))).toBe("IMPROVING");
    expect(healthTrend(history(70, 66))).toBe("STABLE");
    expect(healthTrend(history(70, 65))).toBe("DECLINING");
  });

  it("is not swung by one noisy point", () => {
    // First-vs-last would say DECLINING (80 → 74); the fitted line barely moves.
    expect(healthTrend(history(80, 72, 80, 74))).toBe("STABLE");
  });
});
