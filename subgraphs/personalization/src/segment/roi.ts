/** Return on a group of customers (a segment or a persona): who bought, how much, how many of its closed leads were won. Pure. */
export interface MemberOutcome {
  status: string;
  revenue: number;
  /** Expected revenue over the next year from the lifetime-value model; null when the customer has no estimate. */
  lifetimeValue: number | null;
}

export interface Roi {
  members: number;
  buyers: number;
  revenue: number;
  revenuePerMember: number;
  won: number;
  lost: number;
  conversionRate: number | null;
  averageLifetimeValue: number | null;
}

export function roiOf(members: readonly MemberOutcome[]): Roi {
  let buyers = 0;
  let revenue = 0;
  let won = 0;
  let lost = 0;
  let ltvSum = 0;
  let ltvCount = 0;
  for (const m of members) {
    if (m.revenue > 0) buyers++;
    revenue += m.revenue;
    if (m.status === "WON") won++;
    if (m.status === "LOST") lost++;
    if (m.lifetimeValue != null) {
      ltvSum += m.lifetimeValue;
      ltvCount++;
    }
  }
  return {
    members: members.length,
    buyers,
    revenue,
    revenuePerMember: members.length ? revenue / members.length : 0,
    won,
    lost,
    conversionRate: won + lost > 0 ? won / (won + lost) : null,
    averageLifetimeValue: ltvCount ? ltvSum / ltvCount : null,
  };
}
