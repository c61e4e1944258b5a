/**
 * Harrell's concordance index for time to a win (Harrell et al. 1982), with lost leads as never
 * won (their time to a win is infinite) and leads still open at the end of follow-up censored
 * there: a pair is comparable when one lead was won before the other was won or censored; it is
 * concordant when the model gave the earlier winner the higher risk. Pure.
 */
export interface TimedOutcome {
  /** Days to the win, or to the end of follow-up when not won. */
  time: number;
  won: boolean;
  /** Lost leads never win: comparable with every winner. */
  lost: boolean;
  risk: number;
}

export function concordanceIndex(outcomes: readonly TimedOutcome[]): number | null {
  let concordant = 0;
  let comparable = 0;
  for (const i of outcomes) {
    if (!i.won) continue;
    for (const j of outcomes) {
      if (i === j) continue;
      const later = j.lost || j.time > i.time || (!j.won && j.time >= i.time);
      if (!later || (j.won && j.time === i.time)) continue;
      comparable++;
      if (i.risk > j.risk) concordant++;
      else if (i.risk === j.risk) concordant += 0.5;
    }
  }
  return comparable ? concordant / comparable : null;
}
