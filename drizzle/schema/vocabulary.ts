/**
 * Vocabularies shared by the database, the GraphQL enums and the model: each is one `as const`
 * list here, and every other definition is built from it (GraphQL enums with `enumObject` from
 * @revgraph/graph), so no second copy can drift.
 */

/** Kinds of lead activity (scoring.activities.type, the GraphQL enum ActivityType, the model's features). */
export const ACTIVITY_TYPES = [
  "EMAIL_OPEN",
  "EMAIL_CLICK",
  "WEBSITE_VISIT",
  "PROPERTY_VIEW",
  "FORM_SUBMIT",
  "BROCHURE_DOWNLOAD",
  "CALL",
  "MEETING",
  "SITE_VISIT",
  "CALLBACK_REQUEST",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Where a lead is in the funnel (sales.leads.status, the GraphQL enum LeadStatus). */
export const LEAD_STATUSES = ["NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** How a lead ended (sales.conversions.outcome, the GraphQL enum ConversionOutcome, the model's labels). */
export const OUTCOMES = ["WON", "LOST"] as const satisfies readonly LeadStatus[];
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Kinds of time-stamped account signal (customer_success.account_signals.type, the GraphQL enum
 * AccountSignalType, the churn model's features). `value` means: a count for usage, tickets and
 * CSM activities (1 when omitted), the score for NPS (0-10) and CSAT (1-5).
 */
export const ACCOUNT_SIGNAL_TYPES = [
  "LOGIN",
  "ACTIVE_USERS",
  "FEATURE_USE",
  "TICKET_OPENED",
  "TICKET_ESCALATED",
  "NPS",
  "CSAT",
  "CSM_CALL",
  "CSM_MEETING",
  "CSM_QBR",
  "CSM_EMAIL",
] as const;
export type AccountSignalType = (typeof ACCOUNT_SIGNAL_TYPES)[number];

/** How an account's renewal period ended (customer_success.account_outcomes.outcome, the churn model's labels: CHURNED is churn). */
export const ACCOUNT_OUTCOMES = ["RENEWED", "CHURNED", "EXPANDED", "CONTRACTED"] as const;
export type AccountOutcome = (typeof ACCOUNT_OUTCOMES)[number];

/** How an offer made to a lead ended (personalization.offers.outcome, the GraphQL enum OfferOutcome, the price-response model's labels). */
export const OFFER_OUTCOMES = ["ACCEPTED", "DECLINED", "EXPIRED"] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];
