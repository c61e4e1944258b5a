// A simulated sales pipeline whose truth the features do not mirror, for the backtest's scenario test and the synthetic benchmark.
//
// Leads arrive evenly over `days`. Whether a lead is eventually won depends on what it did in its
// first week (property views and email clicks then; a rep pattern may weigh them differently), not
// on anything measured later. Lost leads are disqualified sooner (uniform 1–25 days) than won
// leads close (uniform 10–60 days); a share of the not-won leads goes stale and never closes.
// After the first week every lead keeps a little activity whatever its fate. Because the timing
// is known, the true probability that a lead open at age a is won within H days is exact
// (`trueWinWithin`): the oracle the backtest compares against.
import { mulberry32, normal, poisson, sigmoid, type Rng } from "@revgraph/learning";
import { DAY_MS, type ActivityType, type LeadFacts } from "./features";

export interface PipelineOptions {
  seed: number;
  leads: number;
  /** Leads arrive evenly over this many days before `now`. */
  days: number;
  now: Date;
  /** Weight of log1p(first-week property views) in the true log-odds (default 1.3). */
  viewWeight?: number;
  /** Weight of log1p(first-week email clicks) (default 0.4). */
  emailWeight?: number;
  /** True log-odds of a lead with no first-week activity (default -1.8). */
  intercept?: number;
}

export interface SimulatedLead {
  facts: LeadFacts;
  /** True probability of an eventual win, fixed after the first week. */
  winProbability: number;
}

const WON_CLOSE = [10, 60] as const;
const LOST_CLOSE = [1, 25] as const;
/** Share of not-won leads that go stale and never close. */
export const STALE_SHARE = 0.15;
const LATER_VIEWS_PER_DAY = 0.05;
const LATER_EMAILS_PER_DAY = 0.05;

function uniform(rng: Rng, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) * rng();
}

/** P(T > a) for T uniform on [lo, hi]. */
function survival([lo, hi]: readonly [number, number], a: number): number {
  return Math.min(1, Math.max(0, (hi - a) / (hi - lo)));
}

/**
 * The exact probability that a lead still open at `ageDays` is won within `horizonDays`, given
 * its eventual win probability (the posterior over its fate given that it is still open).
 */
export function trueWinWithin(winProbability: number, ageDays: number, horizonDays: number): number {
  const stillOpenIfWon = survival(WON_CLOSE, ageDays);
  const wonInWindow = stillOpenIfWon - survival(WON_CLOSE, ageDays + horizonDays);
  const stillOpenIfNot = (1 - STALE_SHARE) * survival(LOST_CLOSE, ageDays) + STALE_SHARE;
  const open = winProbability * stillOpenIfWon + (1 - winProbability) * stillOpenIfNot;
  return open > 0 ? (winProbability * wonInWindow) / open : 0;
}

function activitiesBetween(rng: Rng, type: ActivityType, from: number, to: number, perDay: number): { type: ActivityType; occurredAt: Date }[] {
  const n = poisson(rng, Math.max(0, ((to - from) / DAY_MS) * perDay));
  return Array.from({ length: n }, () => ({ type, occurredAt: new Date(from + rng() * (to - from)) }));
}

export function simulatePipeline(options: PipelineOptions): SimulatedLead[] {
  const rng = mulberry32(options.seed);
  const now = options.now.getTime();
  const out: SimulatedLead[] = [];
  for (let i = 0; i < options.leads; i++) {
    const created = now - options.days * DAY_MS + (i + rng()) * ((options.days * DAY_MS) / options.leads);
    const interest = normal(rng);
    const views = poisson(rng, 1.2 * Math.exp(0.6 * interest));
    const emails = poisson(rng, 0.8 * Math.exp(0.4 * normal(rng)));
    const winProbability = sigmoid((options.intercept ?? -1.8) + (options.viewWeight ?? 1.3) * Math.log1p(views) + (options.emailWeight ?? 0.4) * Math.log1p(emails));
    const won = rng() < winProbability;
    const stale = !won && rng() < STALE_SHARE;
    const closeAfter = won ? uniform(rng, WON_CLOSE) : uniform(rng, LOST_CLOSE);
    const closedAtMs = stale ? Infinity : created + closeAfter * DAY_MS;
    const weekEnd = created + 7 * DAY_MS;
    const end = Math.min(closedAtMs, now);
    const activities = [
      ...Array.from({ length: views }, () => ({ type: "PROPERTY_VIEW" as const, occurredAt: new Date(created + rng() * 7 * DAY_MS) })),
      ...Array.from({ length: emails }, () => ({ type: "EMAIL_CLICK" as const, occurredAt: new Date(created + rng() * 7 * DAY_MS) })),
      ...(end > weekEnd ? activitiesBetween(rng, "PROPERTY_VIEW", weekEnd, end, LATER_VIEWS_PER_DAY) : []),
      ...(end > weekEnd ? activitiesBetween(rng, "EMAIL_CLICK", weekEnd, end, LATER_EMAILS_PER_DAY) : []),
    ]
      .filter((a) => a.occurredAt.getTime() < end)
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    const closed = closedAtMs <= now;
    out.push({
      winProbability,
      facts: {
        leadId: `sim-${options.seed}-${i}`,
        createdAt: new Date(created),
        closedAt: closed ? new Date(closedAtMs) : null,
        outcome: closed ? (won ? "WON" : "LOST") : null,
        source: null,
        attributes: {},
        activities,
      },
    });
  }
  return out;
}
