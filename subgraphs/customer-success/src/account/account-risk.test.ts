import { describe, expect, it } from "vitest";
import { isAtRisk } from "./account-risk";

describe("isAtRisk", () => {
  it("counts accounts marked AT_RISK whatever their score", () => {
    expect(isAtRisk({ healthScore: 95, lifecycleStage: "AT_RISK" })).toBe(true);
  });

  it("counts live accounts with health below 40", () => {
    expect(isAtRisk({ healthScore: 39, lifecycleStage: "ADOPTION" })).toBe(true);
    expect(isAtRisk({ healthScore: 40, lifecycleStage: "ADOPTION" })).toBe(false);
  });

  it("does not count churned accounts: they are lost, not at risk", () => {
    expect(isAtRisk({ healthScore: 5, lifecycleStage: "CHURNED" })).toBe(false);
  });
});
