import { describe, expect, it } from "vitest";
import { daysUntil, renewalAtRisk } from "./cta-rules";

const now = new Date("2026-03-01T15:00:00Z");
/** Scores oldest first, as the history would be read newest first. */
const points = (...oldestFirst: number[]) => oldestFirst.map((score) => ({ score })).reverse();
const falling = points(80, 72, 65, 58);
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const account = (id: string, renewalDate: string | null, lifecycleStage = "RENEWAL") => ({ id, renewalDate: renewalDate === null ? null : day(renewalDate), lifecycleStage });

describe("daysUntil", () => {
  it("counts calendar days in UTC", () => {
    expect(daysUntil(day("2026-03-01"), now)).toBe(0);
    expect(daysUntil(day("2026-05-30"), now)).toBe(90);
    expect(daysUntil(day("2026-02-28"), now)).toBe(-1);
  });
});

describe("renewalAtRisk", () => {
  it("raises for a renewal within 90 days whose health is declining, and only then", () => {
    const accounts = [
      account("in-window", "2026-05-30"),
      account("too-far", "2026-05-31"),
      account("renewed-yesterday", "2026-02-28"),
      account("no-date", null),
      account("stable", "2026-04-01"),
      account("churned", "2026-04-01", "CHURNED"),
    ];
    const history = new Map([
      ["in-window", falling],
      ["too-far", falling],
      ["renewed-yesterday", falling],
      ["no-date", falling],
      ["stable", points(70, 71, 69, 70)],
      ["churned", falling],
    ]);
    expect(renewalAtRisk(accounts, history, now).map((c) => c.accountId)).toEqual(["in-window"]);
  });

  it("is URGENT within 30 days and due within a week, or by the renewal if sooner", () => {
    const history = new Map([
      ["soon", falling],
      ["later", falling],
    ]);
    const [soon, later] = renewalAtRisk([account("soon", "2026-03-04"), account("later", "2026-04-15")], history, now);
    expect(soon).toEqual({ accountId: "soon", priority: "URGENT", dueAt: new Date("2026-03-04T00:00:00Z") });
    expect(later).toEqual({ accountId: "later", priority: "HIGH", dueAt: new Date("2026-03-08T15:00:00Z") });
  });

  it("needs at least two points to see a decline", () => {
    expect(renewalAtRisk([account("new", "2026-03-10")], new Map([["new", points(30)]]), now)).toEqual([]);
  });
});
