// Unit tests: a churn prediction from the rules and from a model — risk categories, factors, explanation, recommendations — and its evaluation.
import { describe, expect, it } from "vitest";
import { DAY_MS, type AccountSignal, type AccountSnapshot } from "./churn-features";
import { evaluateChurnModel, evaluateChurnPredictions } from "./churn-evaluation";
import { trainChurnModel } from "./churn-model";
import { predictChurn, riskCategoryOf, RULES_VERSION } from "./churn-predict";
import { rulesProbability } from "./churn-rules";
import { accountFactsAt } from "./churn-features";
import { simulatePortfolio } from "./churn-simulation";

const AS_OF = new Date("2026-06-01T00:00:00Z");
const daysAgo = (d: number): Date => new Date(AS_OF.getTime() - d * DAY_MS);

function account(signals: AccountSignal[], health: number, extra: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    attributes: { plan: "growth" },
    arr: 24_000,
    lifecycleStage: "ADOPTION",
    renewalDate: new Date(AS_OF.getTime() + 40 * DAY_MS),
    signals,
    healthHistory: [{ score: health, recordedAt: daysAgo(3) }],
    openCtaCount: 0,
    ...extra,
  };
}

const HEALTHY = account([{ type: "LOGIN", value: 40, occurredAt: daysAgo(3) }], 80, { renewalDate: new Date(AS_OF.getTime() + 200 * DAY_MS) });
const TROUBLED = account(
  [
    { type: "LOGIN", value: 60, occurredAt: daysAgo(70) },
    { type: "LOGIN", value: 5, occurredAt: daysAgo(60) },
    { type: "TICKET_ESCALATED", value: 2, occurredAt: daysAgo(20) },
    { type: "NPS", value: 3, occurredAt: daysAgo(25) },
  ],
  30,
  { openCtaCount: 2 },
);

describe("rules fallback", () => {
  it("maps health, activity recency and open CTAs to the documented probabilities", () => {
    expect(rulesProbability(accountFactsAt(HEALTHY, AS_OF), HEALTHY)).toBeCloseTo(1 / (1 + Math.exp(2.76)), 6);
    // health 30, idle 60 days, two open CTAs: −2 + 1.2 + 0.8 + 0.6.
    expect(rulesProbability(accountFactsAt(TROUBLED, AS_OF), TROUBLED)).toBeCloseTo(1 / (1 + Math.exp(-0.6)), 6);
  });

  it("is a RULES prediction with low confidence, factors sorted by size, and recommendations tied to playbooks", () => {
    const p = predictChurn(null, TROUBLED, AS_OF);
    expect(p.source).toBe("RULES");
    expect(p.modelVersion).toBe(RULES_VERSION);
    expect(p.confidence).toBe("LOW");
    expect(p.riskCategory).toBe("CRITICAL");
    const sizes = p.factors.map((f) => Math.abs(f.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(p.factors[0]).toMatchObject({ name: "rule.health", value: 30 });
    expect(p.recommendations.map((r) => r.playbook)).toEqual(expect.arrayContaining(["RISK", "RENEWAL"]));
    expect(p.recommendations.find((r) => r.playbook === "RENEWAL")?.reason).toBe("renewal in 40 days");
    expect(p.recommendations.some((r) => r.reason === "latest NPS 3")).toBe(true);
    expect(p.explanation).toMatch(/^65% chance of churning within 90 days: CRITICAL risk, low confidence\. No renewal outcomes recorded yet/);
    expect(p.explanation).toContain("health score 30 (+1.20)");
  });

  it("suggests expansion for a healthy, low-risk account, and never returns no recommendation", () => {
    const p = predictChurn(null, HEALTHY, AS_OF);
    expect(p.riskCategory).toBe("LOW");
    expect(p.recommendations.map((r) => r.playbook)).toEqual(["EXPANSION"]);
  });
});

describe("riskCategoryOf", () => {
  it("uses the documented thresholds 0.15, 0.35 and 0.6", () => {
    expect([0.149, 0.15, 0.349, 0.35, 0.599, 0.6].map(riskCategoryOf)).toEqual(["LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL"]);
  });
});

describe("predictChurn with a model", () => {
  const portfolio = simulatePortfolio({ accounts: 400, seed: 5, firstRenewal: new Date("2025-10-01T00:00:00Z") });
  const model = trainChurnModel(
    portfolio.map((a) => a.example),
    { now: AS_OF },
  );

  it("is a MODEL prediction quoting the model version, with factors that add up to its log-odds", () => {
    const p = predictChurn(model, TROUBLED, AS_OF);
    expect(p.source).toBe("MODEL");
    expect(p.modelVersion).toBe(`churn-model/1@${AS_OF.toISOString()}`);
    const logit = model.intercept + p.factors.reduce((a, f) => a + f.contribution, 0);
    expect(p.probability).toBeCloseTo(1 / (1 + Math.exp(-logit)), 10);
    expect(p.explanation).toContain("Learned from 400 accounts with a recorded outcome");
    expect(predictChurn(model, TROUBLED, AS_OF)).toEqual(p);
  });

  it("ranks the troubled account above the healthy one", () => {
    expect(predictChurn(model, TROUBLED, AS_OF).probability).toBeGreaterThan(predictChurn(model, HEALTHY, AS_OF).probability);
  });

  it("is evaluated with the shared metrics on held-out accounts, next to the rules", () => {
    const heldOut = simulatePortfolio({ accounts: 300, seed: 6, firstRenewal: new Date("2026-01-01T00:00:00Z") }).map((a) => ({
      snapshot: a.example.snapshot,
      asOf: new Date(a.renewalDate.getTime() - 45 * DAY_MS),
      churned: a.churned,
    }));
    const learned = evaluateChurnModel(model, heldOut);
    const rules = evaluateChurnModel(null, heldOut);
    expect(learned.accounts).toBe(300);
    expect(learned.auc).toBeGreaterThan(rules.auc as number);
    expect(learned.calibration.reduce((a, b) => a + b.count, 0)).toBe(300);
  });
});

describe("evaluateChurnPredictions", () => {
  it("reports AUC, Brier, log loss, ECE and the mean probability", () => {
    const e = evaluateChurnPredictions([0.1, 0.2, 0.8, 0.6], [0, 0, 1, 0]);
    expect(e.auc).toBe(1);
    expect(e.brier).toBeCloseTo((0.01 + 0.04 + 0.04 + 0.36) / 4, 12);
    expect(e.meanProbability).toBeCloseTo(0.425, 12);
    expect(e.churned).toBe(1);
  });
});
