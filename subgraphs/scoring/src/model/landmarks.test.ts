// Unit tests: which snapshots of a lead become training rows, and how they are labelled.
import { describe, expect, it } from "vitest";
import { DAY_MS, type LeadFacts } from "./features";
import { landmarkRows, maturityDays, wonWithin } from "./landmarks";

const NOW = new Date("2026-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY_MS);

function lead(id: string, createdDaysAgo: number, close: { afterDays: number; outcome: "WON" | "LOST" } | null): LeadFacts {
  const createdAt = daysAgo(createdDaysAgo);
  return {
    leadId: id,
    createdAt,
    closedAt: close ? new Date(createdAt.getTime() + close.afterDays * DAY_MS) : null,
    outcome: close?.outcome ?? null,
    source: null,
    attributes: {},
    activities: [],
  };
}

describe("landmarkRows", () => {
  it("snapshots a lead at each landmark age before its close, labelled by a win within the horizon", () => {
    const won = lead("w", 200, { afterDays: 12, outcome: "WON" });
    const rows = landmarkRows([won], NOW, { landmarkDays: [0, 1, 3, 7, 14, 30], horizonDays: 10 });
    expect(rows.map((r) => (r.at.getTime() - won.createdAt.getTime()) / DAY_MS)).toEqual([0, 1, 3, 7]);
    // Won on day 12: within 10 days of the snapshots at day 3 and 7 only.
    expect(rows.map((r) => r.y)).toEqual([0, 0, 1, 1]);
    expect(new Set(rows.map((r) => r.lead))).toEqual(new Set([0]));
  });

  it("labels a lead that stayed open past the horizon as not won, and keeps it", () => {
    const stale = lead("s", 150, null);
    const closed = lead("c", 150, { afterDays: 20, outcome: "LOST" });
    const rows = landmarkRows([stale, closed], NOW, { landmarkDays: [0, 30, 60] });
    expect(rows.filter((r) => r.lead === 0).map((r) => r.y)).toEqual([0, 0, 0]);
    expect(rows.every((r) => r.y === 0)).toBe(true);
  });

  it("keeps no snapshot younger than the maturity, so leads that closed fast do not stand for the newest ones", () => {
    // Every closed lead took 20 days: rows must be at least 20 days before asOf.
    const old = Array.from({ length: 10 }, (_, i) => lead(`o${i}`, 100, { afterDays: 20, outcome: i % 2 ? "WON" : "LOST" }));
    const young = lead("y", 10, { afterDays: 2, outcome: "LOST" });
    expect(maturityDays([...old, young], NOW)).toBe(20);
    const rows = landmarkRows([...old, young], NOW);
    expect(rows.some((r) => r.facts.leadId === "y")).toBe(false);
    expect(Math.max(...rows.map((r) => r.at.getTime()))).toBeLessThanOrEqual(NOW.getTime() - 20 * DAY_MS);
  });

  it("does not see an outcome recorded after asOf", () => {
    const later = lead("l", 60, { afterDays: 50, outcome: "WON" });
    const asOf = daysAgo(20);
    expect(wonWithin(later, daysAgo(60), 90, asOf)).toBe(0);
    expect(wonWithin(later, daysAgo(60), 90, NOW)).toBe(1);
  });

  it("in the at-close design gives each closed lead one row at its close", () => {
    const rows = landmarkRows([lead("a", 100, { afterDays: 5, outcome: "WON" }), lead("b", 100, null)], NOW, { design: "at-close" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ y: 1, lead: 0 });
  });
});
