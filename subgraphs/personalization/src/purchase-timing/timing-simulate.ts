/**
 * Synthetic leads with a known time-to-event structure, for tests and the benchmark: leads move
 * from awareness to consideration to decision at random times, and each day an open lead is won
 * with a hazard that grows with its stage (0.1%, 0.5%, 3% a day) and lost with 0.8% a day. Pure: seeded.
 */
import { mulberry32 } from "@revgraph/learning";
import type { TimingLead } from "./time-to-event";

const DAY_MS = 86_400_000;
const WIN_HAZARD: Record<string, number> = { awareness: 0.001, consideration: 0.005, decision: 0.03 };
const LOST_HAZARD = 0.008;

export function simulateTimingLeads(n: number, now: Date, seed = 11): TimingLead[] {
  const rng = mulberry32(seed);
  const leads: TimingLead[] = [];
  for (let i = 0; i < n; i++) {
    const createdAt = new Date(now.getTime() - Math.floor(rng() * 400) * DAY_MS);
    const toConsider = rng() < 0.7 ? Math.ceil(-Math.log(1 - rng()) * 12) : Number.POSITIVE_INFINITY;
    const toDecide = rng() < 0.5 ? toConsider + Math.ceil(-Math.log(1 - rng()) * 20) : Number.POSITIVE_INFINITY;
    const stages = [{ stage: "awareness", at: createdAt }];
    let closedAt: Date | null = null;
    let status = "NEW";
    const age = Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS);
    for (let day = 1; day <= age; day++) {
      const at = new Date(createdAt.getTime() + day * DAY_MS);
      if (day === toConsider) stages.push({ stage: "consideration", at });
      if (day === toDecide) stages.push({ stage: "decision", at });
      const stage = stages[stages.length - 1].stage;
      const u = rng();
      if (u < WIN_HAZARD[stage]) {
        [closedAt, status] = [at, "WON"];
        break;
      }
      if (u < WIN_HAZARD[stage] + LOST_HAZARD) {
        [closedAt, status] = [at, "LOST"];
        break;
      }
    }
    leads.push({ id: `lead-${i}`, createdAt, closedAt, status, source: rng() < 0.5 ? "Web" : "Referral", stages });
  }
  return leads;
}
