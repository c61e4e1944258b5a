import { mulberry32 } from "@revgraph/learning";
import { describe, expect, it } from "vitest";
import { oracleWaits, recoveredShare, simulateAttempts, waitsOf, type RecoveryTruth } from "./recovery-simulate";
import { DEFAULT_WAITS, learnRecoveryTiming, phaseFor, type AttemptCounts } from "./recovery-timing";

const counts = (phase: AttemptCounts["phase"], silentDays: number, attempts: number, successes: number): AttemptCounts => ({ phase, silentDays, attempts, successes });

describe("learnRecoveryTiming", () => {
  it("keeps the defaults, saying how much evidence there is, until a phase has 30 known outcomes", () => {
    const timings = learnRecoveryTiming([counts("REMINDER", 8, 29, 20)]);
    expect(timings.map((t) => [t.phase, t.waitDays, t.learned])).toEqual([
      ["REMINDER", 14, false],
      ["ALTERNATIVES", 30, false],
      ["OFFER", 60, false],
    ]);
    expect(timings[0]!.reason).toBe("14 days (the default): 29 reminders with a known outcome so far; 30 are needed to learn the wait.");
  });

  it("keeps the default when no other wait did clearly better (noise alone does not move it)", () => {
    // 8 of 20 against 6 of 20: better, but by less than a standard error.
    const timings = learnRecoveryTiming([counts("REMINDER", 8, 20, 8), counts("REMINDER", 15, 20, 6)]);
    expect([timings[0]!.waitDays, timings[0]!.learned]).toEqual([14, true]);
    expect(timings[0]!.reason).toBe(
      "14 days (the default), checked against 40 reminders with a known outcome: after 14–20 days of silence 6 of 20 worked (30%) against 35% overall, and no other wait did clearly better.",
    );
  });

  it("picks the group of attempts that worked best and names the evidence", () => {
    const timings = learnRecoveryTiming([counts("REMINDER", 8, 20, 12), counts("REMINDER", 15, 20, 4), counts("REMINDER", 40, 20, 2)]);
    const reminder = timings[0]!;
    expect([reminder.waitDays, reminder.learned, reminder.attempts, reminder.successes]).toEqual([7, true, 60, 18]);
    expect(reminder.expectedSuccessRate).toBeCloseTo((12 + 10 * 0.3) / 30, 10);
    expect(reminder.reason).toBe(
      "7 days, learned from 60 reminders with a known outcome: after 7–13 days of silence 12 of 20 worked (60%; re-engaged, bought or converted within 14 days) against 30% overall, and 4 of 20 after 14–20 days (the default).",
    );
  });

  it("prefers a large group that did well over a small lucky one (the rates are shrunk toward the phase's)", () => {
    const timings = learnRecoveryTiming([counts("OFFER", 50, 5, 5), counts("OFFER", 70, 60, 40), counts("OFFER", 100, 35, 0)]);
    expect(timings[2]!.waitDays).toBe(60);
  });

  it("ignores groups under 5 known outcomes, and keeps the phases in order", () => {
    // Reminders work best late (45 days); alternatives, best at 21 days, must then wait longer than 45.
    const timings = learnRecoveryTiming([
      counts("REMINDER", 3, 4, 4),
      counts("REMINDER", 50, 30, 20),
      counts("REMINDER", 20, 30, 3),
      counts("ALTERNATIVES", 25, 30, 25),
      counts("ALTERNATIVES", 65, 30, 6),
    ]);
    expect(waitsOf(timings)).toEqual({ REMINDER: 45, ALTERNATIVES: 60, OFFER: 90 });
    expect(timings[2]!.learned).toBe(false);
    expect(timings[2]!.reason).toContain("after the previous phase's 60");
  });

  it("takes the phase whose wait has passed, and says a lead silent less than the first wait is not due yet", () => {
    const timings = learnRecoveryTiming([]);
    expect(phaseFor(5, timings)).toMatchObject({ timing: { phase: "REMINDER" }, due: false });
    expect(phaseFor(14, timings)).toMatchObject({ timing: { phase: "REMINDER" }, due: true });
    expect(phaseFor(30, timings)).toMatchObject({ timing: { phase: "ALTERNATIVES" }, due: true });
    expect(phaseFor(400, timings)).toMatchObject({ timing: { phase: "OFFER" }, due: true });
  });

  it("recovers more silent leads than the fixed waits under a synthetic truth where the best days differ from them", () => {
    const truth: RecoveryTruth = {
      REMINDER: { base: 0.1, peak: 0.25, bestDay: 8 },
      ALTERNATIVES: { base: 0.08, peak: 0.2, bestDay: 24 },
      OFFER: { base: 0.1, peak: 0.25, bestDay: 100 },
    };
    const learned = waitsOf(learnRecoveryTiming(simulateAttempts(truth, 600, mulberry32(7))));
    expect(learned).toEqual(oracleWaits(truth));
    expect(recoveredShare(truth, learned)).toBeGreaterThan(recoveredShare(truth, DEFAULT_WAITS) + 0.05);
  });
});
