/** Generates customer-success accounts with lifecycle, renewal date and a weekly health history. */
import type { LifecycleStage } from "@revgraph/db/schema";
import type { Company, OrgDefinition } from "./catalog";
import type { Rng } from "./random";
import { addDays, DAY_MS, type AccountHealthRow, type AccountRow } from "./rows";

export const HEALTH_HISTORY_WEEKS = 26;

const STAGES: readonly (readonly [LifecycleStage, number])[] = [
  ["ONBOARDING", 10],
  ["ADOPTION", 22],
  ["EXPANSION", 18],
  ["RENEWAL", 15],
  ["AT_RISK", 20],
  ["CHURNED", 22],
];

/** Where each stage's health ends up, and how it trended per week to get there. */
const STAGE_SHAPE: Record<LifecycleStage, { health: [number, number]; weeklyTrend: [number, number] }> = {
  ONBOARDING: { health: [55, 80], weeklyTrend: [0.5, 2] },
  ADOPTION: { health: [60, 85], weeklyTrend: [-0.3, 0.8] },
  EXPANSION: { health: [78, 97], weeklyTrend: [0.2, 1.2] },
  RENEWAL: { health: [50, 85], weeklyTrend: [-0.6, 0.6] },
  AT_RISK: { health: [18, 48], weeklyTrend: [-2.2, -0.8] },
  CHURNED: { health: [5, 25], weeklyTrend: [-2.5, -1] },
};

export interface GeneratedAccounts {
  accounts: AccountRow[];
  history: AccountHealthRow[];
}

export function generateAccounts(rng: Rng, ids: Rng, org: OrgDefinition, companies: readonly Company[], now: Date): GeneratedAccounts {
  const accounts: AccountRow[] = [];
  const history: AccountHealthRow[] = [];
  for (const company of companies) {
    const stage = rng.weighted(STAGES);
    const shape = STAGE_SHAPE[stage];
    const healthScore = Math.round(rng.range(...shape.health));
    const ageDays = stage === "ONBOARDING" ? rng.range(30, 120) : rng.range(200, 1100);
    const createdAt = addDays(now, -ageDays);
    const account: AccountRow = {
      id: ids.uuid(),
      organizationId: org.id,
      name: company.name,
      domain: company.domain,
      healthScore,
      lifecycleStage: stage,
      renewalDate: renewalDate(rng, stage, now),
      attributes: {},
      csmId: null,
      arr: null,
      createdAt,
      updatedAt: now,
    };
    accounts.push(account);
    history.push(...healthHistory(rng, ids, account, rng.range(...shape.weeklyTrend), now));
  }
  return { accounts, history };
}

function renewalDate(rng: Rng, stage: LifecycleStage, now: Date): Date {
  const days: Record<LifecycleStage, [number, number]> = {
    ONBOARDING: [300, 365],
    ADOPTION: [90, 330],
    EXPANSION: [120, 365],
    RENEWAL: [5, 60],
    AT_RISK: [20, 150],
    CHURNED: [-90, -10],
  };
  return new Date(
    `${addDays(now, rng.range(...days[stage]))
      .toISOString()
      .slice(0, 10)}T00:00:00Z`,
  );
}

/** Weekly scores, oldest first, walking back from today's score so the last equals healthScore. */
function healthHistory(rng: Rng, ids: Rng, account: AccountRow, weeklyTrend: number, now: Date): AccountHealthRow[] {
  const weeks = Math.min(HEALTH_HISTORY_WEEKS, Math.floor((now.getTime() - account.createdAt.getTime()) / (7 * DAY_MS)) + 1);
  const scores = [account.healthScore];
  let score = account.healthScore;
  for (let i = 1; i < weeks; i += 1) {
    score = Math.max(0, Math.min(100, score - weeklyTrend + rng.normal() * 2.5));
    scores.push(Math.round(score));
  }
  scores.reverse();
  return scores.map((value, i) => ({
    id: ids.uuid(),
    organizationId: account.organizationId,
    accountId: account.id,
    score: value,
    measures: null,
    recordedAt: addDays(now, -7 * (weeks - 1 - i)),
  }));
}
