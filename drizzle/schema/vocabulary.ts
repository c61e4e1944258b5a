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
