// Unit tests: model activation rule and the wording of what changed.
import { describe, expect, it } from "vitest";
import { compareModels, judgeAgainstTeam } from "./compare-models";

const quality = (auc: number | null, logLoss: number, ece = 0.05) => ({ auc, brier: 0.2, logLoss, ece });

describe("compareModels", () => {
  it("activates a model that is not worse on held-out log loss and says what changed", () => {
    const c = compareModels(
      { quality: quality(0.71, 0.58, 0.09), weights: { "activity.PROPERTY_VIEW": 0.31, "activity.EMAIL_OPEN": 0.5 }, sampleSize: 25 },
      { quality: quality(0.78, 0.52, 0.04), weights: { "activity.PROPERTY_VIEW": 0.82, "activity.EMAIL_OPEN": 0.1 }, sampleSize: 38, method: "holdout" },
    );
    expect(c.activate).toBe(true);
    expect(c.improvements).toContain("Holdout AUC 0.78 vs 0.71 for the previous model");
    expect(c.improvements).toContain("Property views became your strongest predictor (weight 0.82, was 0.31)");
    expect(c.improvements).toContain("Email opens matter less (weight 0.10, was 0.50)");
    expect(c.improvements).toContain("Calibration error 0.040 vs 0.090");
    expect(c.improvements).toContain("Trained on 38 closed leads (was 25)");
  });

  it("keeps the previous model when the new one is worse beyond the tolerance", () => {
    const c = compareModels({ quality: quality(0.75, 0.5) }, { quality: quality(0.7, 0.53) });
    expect(c.activate).toBe(false);
    expect(c.reason).toMatch(/worse than the previous model's 0\.500/);
  });

  it("tolerates a negligible loss increase", () => {
    expect(compareModels({ quality: quality(0.75, 0.5) }, { quality: quality(0.75, 0.505) }).activate).toBe(true);
  });

  it("activates when there is nothing to compare with", () => {
    expect(compareModels(null, { quality: quality(0.7, 0.6) }).activate).toBe(true);
    expect(compareModels({ quality: quality(0.7, 0.6) }, { quality: null }).activate).toBe(true);
  });
});

describe("judgeAgainstTeam", () => {
  const activated = compareModels(null, { quality: quality(0.68, 0.56) });

  it("serves the team's model when it predicts the rep's leads better beyond the tolerance", () => {
    const c = judgeAgainstTeam(activated, quality(0.71, 0.5), quality(0.68, 0.56));
    expect(c).toMatchObject({ activate: false, useTeam: true });
    expect(c.reason).toBe("On your leads the team's model predicts better (log loss 0.500 vs 0.560 for yours): your predictions use the team's model until yours beats it.");
  });

  it("keeps the verdict against the previous model when the rep's model is as good as the team's", () => {
    expect(judgeAgainstTeam(activated, quality(0.7, 0.555), quality(0.68, 0.56))).toBe(activated);
    const kept = compareModels({ quality: quality(0.75, 0.5) }, { quality: quality(0.7, 0.53) });
    expect(judgeAgainstTeam(kept, quality(0.7, 0.6), quality(0.7, 0.53))).toBe(kept);
  });

  it("changes nothing without both figures", () => {
    expect(judgeAgainstTeam(activated, null, quality(0.68, 0.56))).toBe(activated);
    expect(judgeAgainstTeam(activated, quality(0.7, 0.4), null)).toBe(activated);
  });
});
