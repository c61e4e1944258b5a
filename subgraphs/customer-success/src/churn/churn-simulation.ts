// A seeded synthetic portfolio with known churn drivers, for tests and the churn benchmark. Pure.
//
// Each account has a one-year contract ending at its renewal date R, and three hidden drivers:
//   decline — with probability 0.3 its usage falls by 30–80% from R − 75…180 days on;
//   spike   — with probability 0.2 it files 4 extra tickets a month (40% escalated) from R − 60…150 days;
//   NPS     — a latent score ~ N(7.5, 1.8) on 0–10, answered once (90%) at R − 50…250 days ± 0.5.
// Its plan (starter / growth / enterprise) adds a little. The true probability that it churns at R:
//   logit p = −2.3 + 3.0·decline + 1.2·spike + 0.45·(7 − NPS) + 0.3·[starter]
// which is the oracle: no model that sees only the signals can rank better on average. The
// signals are noisy draws from the drivers (weekly logins ~ Poisson, tickets ~ Poisson, a CSM
// touch every 20–60 days, a monthly health score that follows usage and tickets); the model sees
// nothing else, and none of its features is a transform the generator uses.
import { mulberry32, normal, poisson, sigmoid, type Rng } from "@revgraph/learning";
import { DAY_MS, type AccountSignal, type AccountSnapshot } from "./churn-features";
import type { ChurnExample } from "./churn-model";

export interface SimulatedAccount {
  example: ChurnExample;
  /** The true churn probability at renewal (the oracle). */
  oracle: number;
  churned: boolean;
  renewalDate: Date;
}

export interface PortfolioOptions {
  accounts: number;
  seed: number;
  /** Renewal dates fall uniformly in the year after `firstRenewal`. */
  firstRenewal: Date;
}

const PLANS = ["starter", "growth", "enterprise"] as const;
const REGIONS = ["emea", "amer", "apac"] as const;

function uniform(rng: Rng, a: number, b: number): number {
  return a + (b - a) * rng();
}

function at(renewal: number, daysBefore: number): Date {
  return new Date(renewal - daysBefore * DAY_MS);
}

function simulateAccount(rng: Rng, id: string, options: PortfolioOptions): SimulatedAccount {
  const renewal = options.firstRenewal.getTime() + Math.floor(uniform(rng, 0, 365)) * DAY_MS;
  const start = renewal - 365 * DAY_MS;
  const decline = rng() < 0.3 ? uniform(rng, 0.3, 0.8) : 0;
  const declineFrom = renewal - uniform(rng, 75, 180) * DAY_MS;
  const spike = rng() < 0.2 ? 1 : 0;
  const spikeFrom = renewal - uniform(rng, 60, 150) * DAY_MS;
  const nps = Math.min(10, Math.max(0, 7.5 + 1.8 * normal(rng)));
  const plan = PLANS[Math.floor(rng() * PLANS.length)];
  const region = REGIONS[Math.floor(rng() * REGIONS.length)];
  const seats = Math.round(Math.exp(3 + 0.8 * normal(rng)));
  const weekly = Math.exp(2.5 + 0.5 * normal(rng));
  const oracle = sigmoid(-2.3 + 3.0 * decline + 1.2 * spike + 0.45 * (7 - nps) + (plan === "starter" ? 0.3 : 0));
  const churned = rng() < oracle;

  const signals: AccountSignal[] = [];
  for (let t = start; t < renewal; t += 7 * DAY_MS) {
    const rate = weekly * (decline > 0 && t >= declineFrom ? 1 - decline : 1);
    const logins = poisson(rng, rate);
    if (logins > 0) signals.push({ type: "LOGIN", value: logins, occurredAt: new Date(t + DAY_MS) });
    const ticketRate = 0.5 / 4.3 + (spike && t >= spikeFrom ? 4 / 4.3 : 0);
    const tickets = poisson(rng, ticketRate);
    for (let k = 0; k < tickets; k++) {
      const when = new Date(t + uniform(rng, 0, 7) * DAY_MS);
      signals.push({ type: "TICKET_OPENED", value: 1, occurredAt: when });
      if (spike && t >= spikeFrom && rng() < 0.4) signals.push({ type: "TICKET_ESCALATED", value: 1, occurredAt: when });
    }
  }
  for (let t = start + uniform(rng, 0, 30) * DAY_MS; t < renewal; t += uniform(rng, 20, 60) * DAY_MS) {
    signals.push({ type: rng() < 0.7 ? "CSM_CALL" : "CSM_EMAIL", value: 1, occurredAt: new Date(t) });
  }
  if (rng() < 0.9) {
    const answer = Math.round(Math.min(10, Math.max(0, nps + 0.5 * normal(rng))));
    signals.push({ type: "NPS", value: answer, occurredAt: at(renewal, uniform(rng, 50, 250)) });
  }
  const healthHistory: { score: number; recordedAt: Date }[] = [];
  for (let t = start + 30 * DAY_MS; t < renewal; t += 30 * DAY_MS) {
    const usage = decline > 0 && t >= declineFrom ? 1 - decline : 1;
    const load = spike && t >= spikeFrom ? 1 : 0;
    healthHistory.push({ score: Math.round(Math.min(100, Math.max(0, 45 + 35 * usage - 15 * load + 8 * normal(rng)))), recordedAt: new Date(t) });
  }
  signals.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const snapshot: AccountSnapshot = {
    attributes: { plan, region, seats },
    arr: seats * 600,
    lifecycleStage: "ADOPTION",
    renewalDate: new Date(renewal),
    signals,
    healthHistory,
    openCtaCount: 0,
  };
  return {
    example: { accountId: id, snapshot, outcome: churned ? "CHURNED" : "RENEWED", occurredAt: new Date(renewal), startedAt: new Date(start) },
    oracle,
    churned,
    renewalDate: new Date(renewal),
  };
}

/** A deterministic portfolio of `accounts` accounts (see the header). */
export function simulatePortfolio(options: PortfolioOptions): SimulatedAccount[] {
  const rng = mulberry32(options.seed);
  return Array.from({ length: options.accounts }, (_, i) => simulateAccount(rng, `acct-${i}`, options));
}
