/** Row types of the demo data: every column filled in, ready for `db.insert(table).values(rows)`. */
import type {
  accountAnomalies,
  accountHealthHistory,
  accountOutcomes,
  accountSignals,
  accounts,
  activities,
  conversions,
  ctaTasks,
  ctas,
  customerProfiles,
  items,
  leadScores,
  offers,
  purchaseLines,
  purchases,
  leads,
  organizations,
  playbooks,
  segments,
  recoveryAttempts,
  users,
} from "@revgraph/db/schema";

export type OrganizationRow = typeof organizations.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type LeadRow = typeof leads.$inferSelect;
export type ConversionRow = typeof conversions.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type LeadScoreRow = typeof leadScores.$inferSelect;
export type CustomerProfileRow = typeof customerProfiles.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type PurchaseRow = typeof purchases.$inferSelect;
export type PurchaseLineRow = typeof purchaseLines.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;
export type SegmentRow = typeof segments.$inferSelect;
export type RecoveryAttemptRow = typeof recoveryAttempts.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type AccountHealthRow = typeof accountHealthHistory.$inferSelect;
export type PlaybookRow = typeof playbooks.$inferSelect;
export type CtaRow = typeof ctas.$inferSelect;
export type CtaTaskRow = typeof ctaTasks.$inferSelect;
export type AccountSignalRow = typeof accountSignals.$inferSelect;
export type AccountOutcomeRow = typeof accountOutcomes.$inferSelect;
export type AccountAnomalyRow = typeof accountAnomalies.$inferSelect;

/** Everything the seed writes, table by table. */
export interface DemoData {
  organizations: OrganizationRow[];
  users: UserRow[];
  leads: LeadRow[];
  conversions: ConversionRow[];
  activities: ActivityRow[];
  leadScores: LeadScoreRow[];
  customerProfiles: CustomerProfileRow[];
  items: ItemRow[];
  purchases: PurchaseRow[];
  purchaseLines: PurchaseLineRow[];
  offers: OfferRow[];
  segments: SegmentRow[];
  recoveryAttempts: RecoveryAttemptRow[];
  accounts: AccountRow[];
  accountHealthHistory: AccountHealthRow[];
  playbooks: PlaybookRow[];
  ctas: CtaRow[];
  ctaTasks: CtaTaskRow[];
  accountSignals: AccountSignalRow[];
  accountOutcomes: AccountOutcomeRow[];
  accountAnomalies: AccountAnomalyRow[];
}

export type DemoTable = keyof DemoData;

export function emptyDemoData(): DemoData {
  return {
    organizations: [],
    users: [],
    leads: [],
    conversions: [],
    activities: [],
    leadScores: [],
    customerProfiles: [],
    items: [],
    purchases: [],
    purchaseLines: [],
    offers: [],
    segments: [],
    recoveryAttempts: [],
    accounts: [],
    accountHealthHistory: [],
    playbooks: [],
    ctas: [],
    ctaTasks: [],
    accountSignals: [],
    accountOutcomes: [],
    accountAnomalies: [],
  };
}
export type DemoCounts = Record<DemoTable, number>;

export const DAY_MS = 86_400_000;

/** A Date `days` (fractional) after `from`, rounded to the whole second. */
export function addDays(from: Date, days: number): Date {
  return new Date(Math.round((from.getTime() + days * DAY_MS) / 1000) * 1000);
}
