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

/** The statuses of a lead still in play (the work list's filter, the GraphQL enum OpenLeadStatus). */
export const OPEN_LEAD_STATUSES = ["NEW", "CONTACTED", "QUALIFIED"] as const satisfies readonly LeadStatus[];
export type OpenLeadStatus = (typeof OPEN_LEAD_STATUSES)[number];

/**
 * What a user may do (the token's `role` claim, sales.users.role, the GraphQL enum UserRole whose
 * names are the upper-cased words). Reps work leads; managers and admins also run team-wide operations.
 */
export const ROLES = ["rep", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Whose data a scoring model learned from (the stored model's `level`, the GraphQL enum ModelLevel in upper case). */
export const MODEL_LEVELS = ["default", "organization", "rep"] as const;
export type ModelLevel = (typeof MODEL_LEVELS)[number];

/** What a rep can do next on a lead (the scoring subgraph's next actions, scoring.predictions.actions, the GraphQL enum NextActionType). */
export const ACTIONS = ["CALL", "EMAIL", "MEETING", "SITE_VISIT", "SEND_BROCHURE", "NURTURE", "NONE"] as const;
export type Action = (typeof ACTIONS)[number];

/** How urgent a piece of work is, most urgent first (the scoring subgraph's next actions, customer_success.ctas.priority, the GraphQL enum Priority). */
export const PRIORITIES = ["URGENT", "HIGH", "MEDIUM", "LOW"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** How ready a customer is to buy, from their profile's engagement + intent (personalization's CustomerProfile.temperature, the GraphQL enum Temperature). */
export const TEMPERATURES = ["HOT", "WARM", "COLD"] as const;
export type Temperature = (typeof TEMPERATURES)[number];

/** What a call-to-action (CTA) is about (customer_success.ctas.type and playbooks.cta_type, the GraphQL enum CtaType). */
export const CTA_TYPES = ["RISK", "RENEWAL", "EXPANSION", "ONBOARDING", "ACTIVITY"] as const;
export type CtaType = (typeof CTA_TYPES)[number];

/**
 * Why a CTA was raised (customer_success.ctas.reason and playbooks.cta_reason, the GraphQL enum
 * CtaReason). Together with the account and the type it identifies "the same" CTA for dedup and cooldown.
 */
export const CTA_REASONS = ["CHURN_RISK_HIGH", "HEALTH_DROP", "RENEWAL_AT_RISK", "RENEWAL_APPROACHING", "EXPANSION_SIGNAL", "ONBOARDING_STALLED", "MANUAL"] as const;
export type CtaReason = (typeof CTA_REASONS)[number];

/** Where a CTA stands (customer_success.ctas.status, the GraphQL enum CtaStatus). OPEN and SNOOZED both count as open for dedup. */
export const CTA_STATUSES = ["OPEN", "SNOOZED", "CLOSED"] as const;
export type CtaStatus = (typeof CTA_STATUSES)[number];

/** How a CTA was closed (customer_success.ctas.close_reason, the GraphQL enum CtaCloseReason); RESOLVED_SUCCESS is what ctaEffectiveness counts. */
export const CTA_CLOSE_REASONS = ["RESOLVED_SUCCESS", "RESOLVED_NO_ACTION", "NOT_RELEVANT", "CUSTOMER_CHURNED", "DUPLICATE"] as const;
export type CtaCloseReason = (typeof CTA_CLOSE_REASONS)[number];

/** What raised a CTA (customer_success.ctas.source, the GraphQL enum CtaSource): a rule, a churn prediction or anomaly, or a person. */
export const CTA_SOURCES = ["RULE", "PREDICTION", "ANOMALY", "MANUAL"] as const;
export type CtaSource = (typeof CTA_SOURCES)[number];

/**
 * The measures a customer-success scorecard can weigh (customer_success.scorecards, the GraphQL
 * enum ScorecardMeasure, the breakdown of every health point). Each is scored 0-100 from the
 * account's signals; see subgraphs/customer-success/src/scorecard/scorecard-measures.ts.
 */
export const SCORECARD_MEASURES = ["USAGE_TREND", "SUPPORT_LOAD", "SENTIMENT", "ENGAGEMENT_RECENCY", "ADOPTION_BREADTH"] as const;
export type ScorecardMeasure = (typeof SCORECARD_MEASURES)[number];

/** What a health anomaly is about: the total health score or one scorecard measure (customer_success.account_anomalies.measure). */
export const HEALTH_MEASURES = ["TOTAL", ...SCORECARD_MEASURES] as const;
export type HealthMeasure = (typeof HEALTH_MEASURES)[number];

/** How an offer made to a lead ended (sales.offers.outcome, the GraphQL enum OfferOutcome, the price-response model's labels). */
export const OFFER_OUTCOMES = ["ACCEPTED", "DECLINED", "EXPIRED"] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

/** Where a stored churn prediction's text came from (customer_success.churn_predictions.source, the GraphQL enum ChurnSource). The probability is always the model's or the rules'. */
export const CHURN_SOURCES = ["MODEL", "LLM", "RULES"] as const;
export type ChurnSource = (typeof CHURN_SOURCES)[number];

/** Churn risk bands (the GraphQL enum RiskCategory): LOW < 0.15 ≤ MEDIUM < 0.35 ≤ HIGH < 0.60 ≤ CRITICAL. */
export const RISK_CATEGORIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** A stored churn prediction's life (customer_success.churn_predictions.status): one ACTIVE per account; replaced ones SUPERSEDED, lapsed ones EXPIRED. */
export const CHURN_PREDICTION_STATUSES = ["ACTIVE", "SUPERSEDED", "EXPIRED"] as const;
export type ChurnPredictionStatus = (typeof CHURN_PREDICTION_STATUSES)[number];

/** Where a customer-success background job stands (customer_success.jobs.status, the GraphQL enum CsJobStatus). */
export const CS_JOB_STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"] as const;
export type CsJobStatus = (typeof CS_JOB_STATUSES)[number];

/** Who may approve an offer above the organization's maximum discount (sales.offer_policies.approver_role, the GraphQL enum OfferApproverRole in upper case). */
export const OFFER_APPROVER_ROLES = ["manager", "admin"] as const satisfies readonly Role[];
export type OfferApproverRole = (typeof OFFER_APPROVER_ROLES)[number];

/**
 * The offer policy an organization has until it sets its own (sales enforces it on recorded offers,
 * personalization keeps suggestions and bundle prices inside it): at most 10% off without approval,
 * no margin floor, margins counted on revenue, managers (and admins) approve more.
 */
export const DEFAULT_OFFER_POLICY = { maxDiscount: 0.1, marginFloor: 0, costShare: 0, approverRole: "manager" } as const satisfies {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
  approverRole: OfferApproverRole;
};

/**
 * A lead's price-sensitivity group for the offer-response model (the GraphQL enum
 * PriceSensitivityGroup): the midpoint of the budget in the lead's profile against the median of
 * the organization's profiles, or unknown when the profile states no budget.
 */
export const PRICE_SENSITIVITY_GROUPS = ["BUDGET_BELOW_MEDIAN", "BUDGET_AT_OR_ABOVE_MEDIAN", "BUDGET_UNKNOWN"] as const;
export type PriceSensitivityGroup = (typeof PRICE_SENSITIVITY_GROUPS)[number];

/** How the assistant words its suggestions to a user (scoring.user_ai_preferences.tone, the GraphQL enum AiTone). */
export const AI_TONES = ["PROFESSIONAL", "FRIENDLY", "CONCISE"] as const;
export type AiTone = (typeof AI_TONES)[number];

/** How often a user wants insights delivered (scoring.user_ai_preferences.insight_frequency, the GraphQL enum InsightFrequency). */
export const INSIGHT_FREQUENCIES = ["REAL_TIME", "DAILY", "WEEKLY"] as const;
export type InsightFrequency = (typeof INSIGHT_FREQUENCIES)[number];

/** The steps of abandoned-interest recovery, in the order they are taken (personalization.recovery_attempts.phase, the GraphQL enum RecoveryPhase). */
export const RECOVERY_PHASES = ["REMINDER", "ALTERNATIVES", "OFFER"] as const;
export type RecoveryPhase = (typeof RECOVERY_PHASES)[number];

/** What a recovery attempt achieved (the GraphQL enum RecoveryOutcome; each has its own timestamp column on personalization.recovery_attempts). */
export const RECOVERY_OUTCOMES = ["RE_ENGAGED", "PURCHASED", "CONVERTED"] as const;
export type RecoveryOutcome = (typeof RECOVERY_OUTCOMES)[number];
