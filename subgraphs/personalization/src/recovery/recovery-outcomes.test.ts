import { describe, expect, it } from "vitest";
import { attemptWorked, withDerivedOutcomes } from "./recovery-outcomes";
import { learnRecoveryTiming, type AttemptCounts } from "./recovery-timing";

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
const attempt = (at: number) => ({ attemptedAt: day(at), reEngagedAt: null, purchasedAt: null, convertedAt: null });

describe("withDerivedOutcomes", () => {
  it("takes the lead's first purchase and its win within 14 days after the attempt as PURCHASED and CONVERTED", () => {
    const derived = withDerivedOutcomes(attempt(10), { purchaseTimes: [day(30), day(13), day(9)], wonAt: day(24) });
    // The purchase before the attempt is not its outcome; day 13 is the first inside; the win on day 24 is the window's last day.
    expect([derived.purchasedAt, derived.convertedAt]).toEqual([day(13), day(24)]);
  });

  it("attributes nothing after the window or before the attempt", () => {
    const derived = withDerivedOutcomes(attempt(10), { purchaseTimes: [day(9), day(24.01), day(40)], wonAt: day(25) });
    expect([derived.purchasedAt, derived.convertedAt]).toEqual([null, null]);
    expect(attemptWorked(derived, day(100))).toBe(false);
  });

  it("keeps the earlier of a recorded and a derived outcome, and is the same when applied again (idempotent)", () => {
    const recorded = { ...attempt(10), purchasedAt: day(12), convertedAt: day(20) };
    const once = withDerivedOutcomes(recorded, { purchaseTimes: [day(15)], wonAt: day(18) });
    expect([once.purchasedAt, once.convertedAt]).toEqual([day(12), day(18)]);
    expect(withDerivedOutcomes(once, { purchaseTimes: [day(15)], wonAt: day(18) })).toEqual(once);
  });
});

describe("attemptWorked", () => {
  it("is true with an outcome in the window, unknown while it is open, false once it passed", () => {
    expect(attemptWorked({ ...attempt(10), purchasedAt: day(20) }, day(21))).toBe(true);
    expect(attemptWorked(attempt(10), day(21))).toBeNull();
    expect(attemptWorked(attempt(10), day(24))).toBe(false);
    // An outcome recorded after the window does not make the attempt work.
    expect(attemptWorked({ ...attempt(10), convertedAt: day(30) }, day(40))).toBe(false);
  });
});

describe("learned timing with derived outcomes", () => {
  it("moves the reminder's wait when the purchases that followed early reminders count, and not when they came after the window", () => {
    // 40 reminders after 8 days of silence and 40 after 15; a purchase follows 20 of the early ones, 3 days or 20 days later.
    const learn = (purchaseDelay: number) => {
      const counts: AttemptCounts[] = [];
      for (let i = 0; i < 80; i++) {
        const early = i < 40;
        const outcome = withDerivedOutcomes(attempt(i), { purchaseTimes: early && i % 2 === 0 ? [day(i + purchaseDelay)] : [], wonAt: null });
        counts.push({ phase: "REMINDER", silentDays: early ? 8 : 15, attempts: 1, successes: attemptWorked(outcome, day(1000)) ? 1 : 0 });
      }
      return learnRecoveryTiming(counts)[0]!;
    };
    expect([learn(3).waitDays, learn(3).successes]).toEqual([7, 20]);
    expect([learn(20).waitDays, learn(20).successes]).toEqual([14, 0]);
  });
});
