import { describe, expect, it } from "vitest";
import { ctaEffectiveness, type EffectivenessCta, type EffectivenessOutcome } from "./cta-effectiveness";

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
const success = (accountId: string, day: number, type: EffectivenessCta["type"] = "RISK", playbookId: string | null = "pb-risk"): EffectivenessCta => ({
  accountId,
  type,
  playbookId,
  closeReason: "RESOLVED_SUCCESS",
  closedAt: at(day),
});
const outcome = (accountId: string, o: EffectivenessOutcome["outcome"], day: number): EffectivenessOutcome => ({ accountId, outcome: o, occurredAt: at(day) });

describe("ctaEffectiveness", () => {
  it("compares renewals after a successful CTA with renewals of accounts without one", () => {
    const ctas = [success("a", 10), success("b", 10), success("c", 10)];
    const outcomes = [
      outcome("a", "RENEWED", 40),
      outcome("b", "EXPANDED", 50),
      outcome("c", "CHURNED", 60),
      outcome("x", "RENEWED", 30),
      outcome("y", "CHURNED", 30),
      outcome("z", "CHURNED", 30),
      outcome("w", "CONTRACTED", 30),
    ];
    const [risk] = ctaEffectiveness(ctas, outcomes);
    expect(risk).toEqual({
      type: "RISK",
      playbookId: "pb-risk",
      withSuccessfulCta: { accounts: 3, renewed: 2, renewalRate: 2 / 3 },
      without: { accounts: 4, renewed: 2, renewalRate: 0.5 },
      difference: 2 / 3 - 0.5,
    });
  });

  it("counts only outcomes after the CTA closed, and ignores CTAs not closed with success", () => {
    const ctas: EffectivenessCta[] = [
      success("early", 100),
      { accountId: "failed", type: "RISK", playbookId: "pb-risk", closeReason: "NOT_RELEVANT", closedAt: at(5) },
      { accountId: "open", type: "RISK", playbookId: "pb-risk", closeReason: null, closedAt: null },
    ];
    const outcomes = [outcome("early", "CHURNED", 50), outcome("failed", "CHURNED", 40), outcome("open", "RENEWED", 40)];
    const [risk] = ctaEffectiveness(ctas, outcomes);
    // "early" renewed or churned before its CTA closed: it is neither treated nor a control.
    expect(risk!.withSuccessfulCta).toEqual({ accounts: 0, renewed: 0, renewalRate: null });
    expect(risk!.without).toEqual({ accounts: 2, renewed: 1, renewalRate: 0.5 });
    expect(risk!.difference).toBeNull();
  });

  it("uses the first outcome after the first successful close, and keeps types and playbooks apart", () => {
    const ctas = [success("a", 10), success("a", 70), success("a", 20, "RENEWAL", "pb-renewal")];
    const outcomes = [outcome("a", "CHURNED", 5), outcome("a", "RENEWED", 30), outcome("a", "CHURNED", 90)];
    const groups = ctaEffectiveness(ctas, outcomes);
    expect(groups.map((g) => [g.type, g.playbookId, g.withSuccessfulCta.renewed, g.withSuccessfulCta.accounts])).toEqual([
      ["RENEWAL", "pb-renewal", 1, 1],
      ["RISK", "pb-risk", 1, 1],
    ]);
  });

  it("has no groups without a successful CTA", () => {
    expect(ctaEffectiveness([], [outcome("a", "RENEWED", 1)])).toEqual([]);
  });
});
