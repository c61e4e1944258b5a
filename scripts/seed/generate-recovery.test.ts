/** The demo plants silent repeat viewers in every recovery phase without disturbing other rows. */
import { describe, expect, it } from "vitest";
import { repeatedInterest } from "@revgraph/personalization/models";
import { generateDemoData, ORGANIZATIONS } from "./generate";
import { PLANTED_PER_PHASE, PLANTED_SILENCE_DAYS } from "./generate-recovery";
import { addDays } from "./rows";

const NOW = new Date("2025-06-01T12:00:00.123Z");
const data = generateDemoData({ now: NOW });

describe("planted silent viewers", () => {
  it("puts open repeat viewers silent for exactly 20, 45 and 75 days in each organization", () => {
    const status = new Map(data.leads.map((l) => [l.id, l.status] as const));
    for (const org of ORGANIZATIONS) {
      for (const days of PLANTED_SILENCE_DAYS) {
        const at = addDays(NOW, -days).getTime();
        const planted = data.customerProfiles.filter((p) => p.organizationId === org.id && p.lastActiveAt?.getTime() === at);
        expect(planted, `${org.id} ${days}`).toHaveLength(PLANTED_PER_PHASE);
        for (const p of planted) {
          expect(["WON", "LOST"]).not.toContain(status.get(p.leadId));
          expect(repeatedInterest(p.viewedItems, p.interests)).not.toBeNull();
        }
      }
    }
  });

  it("moves only the planted profiles' lastActiveAt, and only later than their last activity", () => {
    // A generated profile's updatedAt is its natural lastActiveAt; planting leaves updatedAt alone.
    const plantedAt = new Set(PLANTED_SILENCE_DAYS.map((d) => addDays(NOW, -d).getTime()));
    const moved = data.customerProfiles.filter((p) => p.updatedAt.getTime() !== p.lastActiveAt?.getTime());
    expect(moved).toHaveLength(ORGANIZATIONS.length * PLANTED_SILENCE_DAYS.length * PLANTED_PER_PHASE);
    for (const p of moved) {
      expect(plantedAt.has(p.lastActiveAt!.getTime())).toBe(true);
      expect(p.updatedAt.getTime()).toBeLessThan(p.lastActiveAt!.getTime());
    }
  });
});
