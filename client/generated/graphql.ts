/* eslint-disable */
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: Record<string, string | number | boolean>; output: Record<string, string | number | boolean>; }
};

/** A customer company, identified within the organization by its web domain. */
export type Account = {
  __typename?: 'Account';
  /** Sudden drops in health found when it was recomputed, newest first. */
  anomalies: Array<AccountAnomaly>;
  /** Annual recurring revenue (contract value per year), at least 0. */
  arr?: Maybe<Scalars['Float']['output']>;
  /** True when lifecycleStage is AT_RISK, or health is below 40 and the account has not churned. */
  atRisk: Scalars['Boolean']['output'];
  /** Custom fields: an object whose values are strings, numbers or booleans (the same rules as Lead.attributes). */
  attributes: Scalars['JSON']['output'];
  /** The account's current churn prediction: the stored ACTIVE one while valid, else computed (and stored) now; null once the account has churned. */
  churnRisk?: Maybe<ChurnPrediction>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Items to cross-sell, best first (at most 50): bought by customers who bought what this account bought (its purchases recorded with its accountId), not owned yet; score is the item-to-item cosine over buyers. Empty for an account without purchases. */
  crossSell: Array<RecommendedItem>;
  /** The customer-success manager who owns the account: a user id of the organization. */
  csmId?: Maybe<Scalars['ID']['output']>;
  /** The account's CTAs, most urgent first. Without status: the OPEN ones. */
  ctas: Array<Cta>;
  /** The company's web domain, lower-cased, e.g. acme.com; leads whose email is at this domain belong to the account. */
  domain: Scalars['String']['output'];
  /** Recorded health scores, newest first. */
  healthHistory: Array<AccountHealthPoint>;
  /** Current health score, 0-100: the newest point of healthHistory. */
  healthScore: Scalars['Int']['output'];
  /** Which way health is heading, from the last four recorded points. */
  healthTrend: HealthTrend;
  /** The account's id. */
  id: Scalars['ID']['output'];
  /** The account's contacts: the caller's organization's leads whose email is at the account's domain, newest first (at most 100 per page). */
  leads: LeadConnection;
  /** Where the account is in its life with us. */
  lifecycleStage: LifecycleStage;
  /** Expected revenue from this account over the horizon, with a 90% interval: the purchases recorded with its accountId, whichever of its leads bought, pooled into one customer's history (purchases on one day count as one) and valued by the organization's model fitted on its leads. Null for an account without purchases, or while the organization has too few customers (20) or no repeat purchase to fit the model. */
  lifetimeValue?: Maybe<LifetimeValue>;
  /** Company name. */
  name: Scalars['String']['output'];
  /** How the account's renewal periods ended, newest first. */
  outcomes: Array<AccountOutcomeRecord>;
  /** Next renewal, an instant. Changed from a YYYY-MM-DD string to DateTime: dates stored before became midnight UTC of that day. */
  renewalDate?: Maybe<Scalars['DateTime']['output']>;
  /** The account's signals, newest first. */
  signals: Array<AccountSignal>;
  /** Items to upsell, best first (at most 50): in each category the account already buys, items listed above the dearest it owns there, by the share of the category's buyers who bought them. Empty for an account without purchases. */
  upsell: Array<RecommendedItem>;
};


/** A customer company, identified within the organization by its web domain. */
export type AccountAnomaliesArgs = {
  first?: Scalars['Int']['input'];
};


/** A customer company, identified within the organization by its web domain. */
export type AccountCrossSellArgs = {
  first?: Scalars['Int']['input'];
};


/** A customer company, identified within the organization by its web domain. */
export type AccountCtasArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<Array<CtaStatus>>;
};


/** A customer company, identified within the organization by its web domain. */
export type AccountHealthHistoryArgs = {
  first?: Scalars['Int']['input'];
};


/** A customer company, identified within the organization by its web domain. */
export type AccountLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A customer company, identified within the organization by its web domain. */
export type AccountLifetimeValueArgs = {
  horizonDays?: Scalars['Int']['input'];
};


/** A customer company, identified within the organization by its web domain. */
export type AccountSignalsArgs = {
  first?: Scalars['Int']['input'];
  type?: InputMaybe<AccountSignalType>;
};


/** A customer company, identified within the organization by its web domain. */
export type AccountUpsellArgs = {
  first?: Scalars['Int']['input'];
};

/** A sudden drop in an account's health or one of its measures against its own last 12 points: robust z-score 0.6745 × (score − median) / MAD (MAD at least 5 points) of −3.5 or lower, and at least 10 points below the median. */
export type AccountAnomaly = {
  __typename?: 'AccountAnomaly';
  /** The median of the points it was compared with. */
  baseline: Scalars['Float']['output'];
  /** When the recomputation that found it ran. */
  detectedAt: Scalars['DateTime']['output'];
  /** The size of the drop in points: baseline − score. */
  drop: Scalars['Float']['output'];
  /** What dropped. */
  measure: HealthMeasure;
  /** The score it dropped to, 0-100. */
  score: Scalars['Float']['output'];
  /** The robust z-score of the drop (negative; −3.5 or lower). */
  zScore: Scalars['Float']['output'];
};

/** A page of the organization's accounts (Relay connection), weakest health first. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The accounts on this page with their cursors. */
  edges: Array<AccountEdge>;
  /** The accounts on this page (the edges' nodes). */
  nodes: Array<Account>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Accounts matching the filters, across all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An account on a page of the accounts list, with its cursor. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Pass as `after` to continue after this account. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/** One recorded health score of an account. */
export type AccountHealthPoint = {
  __typename?: 'AccountHealthPoint';
  /** The scorecard breakdown (score = weighted mean of the measures) when computed from signals; empty for a score recorded with recordAccountHealth or upsertAccount. */
  measures: Array<HealthMeasureScore>;
  /** When the score was measured. */
  recordedAt: Scalars['DateTime']['output'];
  /** Health score, 0-100. */
  score: Scalars['Int']['output'];
};

/** How an account's renewal period ended. CHURNED is churn; the others kept the customer. */
export type AccountOutcome =
  /** Did not renew; the account becomes CHURNED. */
  | 'CHURNED'
  /** Renewed for less. */
  | 'CONTRACTED'
  /** Renewed and bought more. */
  | 'EXPANDED'
  /** Renewed on the same terms. */
  | 'RENEWED';

/** The recorded end of one renewal period of an account: training data for churn predictions. */
export type AccountOutcomeRecord = {
  __typename?: 'AccountOutcomeRecord';
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** The client's key for the call that recorded it. */
  idempotencyKey: Scalars['String']['output'];
  /** When it happened; the period it settles is the 365 days up to this instant. */
  occurredAt: Scalars['DateTime']['output'];
  /** How the period ended. */
  outcome: AccountOutcome;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
};

/** Something that happened on an account: usage, a support ticket, a survey answer, a CSM activity. */
export type AccountSignal = {
  __typename?: 'AccountSignal';
  /** A short qualifier, e.g. the feature used. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The signal's id. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** What happened. */
  type: AccountSignalType;
  /** A count (usage, tickets, CSM activities) or the answer (NPS 0-10, CSAT 1-5). */
  value: Scalars['Float']['output'];
};

/** A signal to record. */
export type AccountSignalInput = {
  /** The account it happened on. */
  accountId: Scalars['ID']['input'];
  /** A short qualifier (up to 200 characters), e.g. the feature used for FEATURE_USE. */
  detail?: InputMaybe<Scalars['String']['input']>;
  /** When it happened: not in the future (5 minutes of clock skew are tolerated). */
  occurredAt: Scalars['DateTime']['input'];
  /** What happened. */
  type: AccountSignalType;
  /** Default 1. Counts (LOGIN, ACTIVE_USERS, FEATURE_USE, TICKET_*, CSM_*): finite, 0 or more; NPS: an integer 0-10; CSAT: an integer 1-5. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Kinds of time-stamped account signal. value is a count for usage, tickets and CSM activities, the answer for NPS (0-10) and CSAT (1-5). */
export type AccountSignalType =
  | 'ACTIVE_USERS'
  | 'CSAT'
  | 'CSM_CALL'
  | 'CSM_EMAIL'
  | 'CSM_MEETING'
  | 'CSM_QBR'
  | 'FEATURE_USE'
  | 'LOGIN'
  | 'NPS'
  | 'TICKET_ESCALATED'
  | 'TICKET_OPENED';

/** What a rep can do next with a lead. */
export type ActionType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NONE'
  | 'NURTURE'
  | 'SEND_BROCHURE'
  | 'SITE_VISIT';

/** Result of activateScoringModel: the model now serving the caller, or why nothing changed. */
export type ActivateScoringModelPayload = {
  __typename?: 'ActivateScoringModelPayload';
  /** Why nothing changed, e.g. NOT_FOUND when the caller has no model with that version; empty on success. */
  errors: Array<UserError>;
  /** The model now active; null when errors is not empty. */
  model?: Maybe<ScoringModel>;
};

/** Something that happened on a lead. */
export type Activity = {
  __typename?: 'Activity';
  /** The activity's id. */
  id: Scalars['ID']['output'];
  /** The lead it happened on. */
  leadId: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** What happened. */
  type: ActivityType;
};

/** One activity to record. */
export type ActivityInput = {
  /** The lead it happened on (a UUID of a lead of the caller's organization). */
  leadId: Scalars['ID']['input'];
  /** When it happened (default: now). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What happened. */
  type: ActivityType;
};

/** Kinds of lead activity; each carries a weight in the engagement score. */
export type ActivityType =
  | 'BROCHURE_DOWNLOAD'
  | 'CALL'
  | 'CALLBACK_REQUEST'
  | 'EMAIL_CLICK'
  | 'EMAIL_OPEN'
  | 'FORM_SUBMIT'
  | 'MEETING'
  | 'PROPERTY_VIEW'
  | 'SITE_VISIT'
  | 'WEBSITE_VISIT';

/** A user's preferences for the assistant; personal to the user, never visible to others. */
export type AiPreferences = {
  __typename?: 'AiPreferences';
  /** Show next actions; when false, nextAction is null and nextActions empty, and nextActionsHiddenReason says why. */
  autoSuggestActions: Scalars['Boolean']['output'];
  /** The user's own instructions to the language model (at most 500 characters); sent only with the user's own requests. */
  customInstructions: Scalars['String']['output'];
  /** How often insights are delivered. */
  insightFrequency: InsightFrequency;
  /** True until the user saves preferences: these are the defaults. */
  isDefault: Scalars['Boolean']['output'];
  /** When set, next actions fall due only within these hours; null: any time. */
  preferredContactHours?: Maybe<ContactHours>;
  /** Whether clients may push suggestions unasked (stored for clients; the graph itself only answers queries). */
  proactiveSuggestions: Scalars['Boolean']['output'];
  /** How explanations are worded (the language model's phrasing of next actions). */
  tone: AiTone;
  /** When the user last changed them; null for the defaults. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Result of updateAiPreferences: the preferences in force, and the reasons nothing changed if any. */
export type AiPreferencesPayload = {
  __typename?: 'AiPreferencesPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The preferences after the call (unchanged when errors is not empty). */
  preferences: AiPreferences;
};

/** How the assistant words its explanations to the user. */
export type AiTone =
  /** As short as possible. */
  | 'CONCISE'
  /** Warm and encouraging. */
  | 'FRIENDLY'
  /** Plain and businesslike. */
  | 'PROFESSIONAL';

/** Language-model calls of one group, summed over every subgraph that makes them. */
export type AiUsageGroup = {
  __typename?: 'AiUsageGroup';
  /** Calls. */
  calls: Scalars['Int']['output'];
  /** Completion tokens. */
  completionTokens: Scalars['Int']['output'];
  /** Estimated cost in US dollars at list prices (calls of unpriced models count 0). */
  costUsd: Scalars['Float']['output'];
  /** Calls that fell back to the deterministic text (error, timeout or an answer refused). */
  fallbacks: Scalars['Int']['output'];
  /** The operation, model or UTC day. */
  key: Scalars['String']['output'];
  /** Mean latency in milliseconds. */
  meanLatencyMs: Scalars['Float']['output'];
  /** Prompt tokens. */
  promptTokens: Scalars['Int']['output'];
  /** Calls whose answer was used. */
  succeeded: Scalars['Int']['output'];
};

/** How aiUsage groups the calls. */
export type AiUsageGrouping =
  /** By UTC day (YYYY-MM-DD). */
  | 'DAY'
  /** By language model. */
  | 'MODEL'
  /** By what the call was for (next-action-reasoning, churn-explanation, …). */
  | 'OPERATION';

/** How win rates are grouped. */
export type AnalyticsGrouping =
  /** By the month the lead was created, YYYY-MM in UTC (a cohort: its leads' outcomes whenever they came). */
  | 'MONTH'
  /** By the assigned rep's id ((unassigned) when nobody). */
  | 'REP'
  /** By the lead's source ((none) when it has none). */
  | 'SOURCE';

/** Which leads an aggregate covers. Reps always see only their own leads. */
export type AnalyticsScope = {
  /** Leads created at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this rep's leads (managers and admins; a rep may name only themselves). */
  repId?: InputMaybe<Scalars['String']['input']>;
  /** Leads created before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Hands a CTA to a user. */
export type AssignCtaInput = {
  /** The CTA. */
  ctaId: Scalars['ID']['input'];
  /** The user (token subject) who will own it. */
  ownerId: Scalars['ID']['input'];
};

/** A past date the backtest stood at: a model trained on what was known then scored the leads open then. */
export type BacktestCutoff = {
  __typename?: 'BacktestCutoff';
  /** The cutoff: only what was known by then trained the model. */
  at: Scalars['DateTime']['output'];
  /** Leads open at this date that were scored. */
  openLeads: Scalars['Int']['output'];
  /** Leads behind the model trained at this date. */
  trainingLeads: Scalars['Int']['output'];
};

/** Backtest figures of one group of leads (all, or one age band): every model scored on the same leads. */
export type BacktestScores = {
  __typename?: 'BacktestScores';
  /** The leads' age at the cutoff: all, 0-2 days, 3-14 days, 15-60 days or over 60 days. */
  band: Scalars['String']['output'];
  /** The seed's default weights. */
  default?: Maybe<ModelQuality>;
  /** Leads scored (summed over the cutoffs). */
  leads: Scalars['Int']['output'];
  /** Mean probability the evaluated model gave them. */
  meanProbability: Scalars['Float']['output'];
  /** The evaluated model (the rep's, or the team's for a team model), trained at each cutoff. */
  model?: Maybe<ModelQuality>;
  /** Share of them actually won within the horizon. */
  observedRate: Scalars['Float']['output'];
  /** The team's model trained at each cutoff. */
  organization?: Maybe<ModelQuality>;
  /** The model active before this training (it may have seen some of these outcomes). */
  previous?: Maybe<ModelQuality>;
  /** Of them, won within the horizon after their cutoff. */
  won: Scalars['Int']['output'];
};

/** Two items frequently bought in the same purchase. */
export type Bundle = {
  __typename?: 'Bundle';
  /** Share of purchases with the first item that also hold the second. */
  confidence: Scalars['Float']['output'];
  /** The bundle discount, a fraction of listPrice: never above the offer policy's maximum nor deeper than its margin floor allows. Chosen by the learned response to past offers (the largest expected margin across the organization's customers), else the default of 5% capped by the policy. */
  discount: Scalars['Float']['output'];
  /** How the discount was chosen, e.g. "Learned from 312 closed offers: 7.5% off maximizes the expected margin, within the 10% the policy allows". */
  discountReason: Scalars['String']['output'];
  /** The two items; the first is the one that predicts the other better (the rarer). */
  items: Array<Item>;
  /** How many times more often the two are bought together than if they were independent (1 = no association). */
  lift: Scalars['Float']['output'];
  /** Sum of the two items' list prices. */
  listPrice: Scalars['Float']['output'];
  /** Purchases holding both. */
  orders: Scalars['Int']['output'];
  /** The bundle price: listPrice × (1 − discount), rounded up to the cent. */
  price: Scalars['Float']['output'];
  /** Why, e.g. "Bought together in 41 of 120 purchases of Interior Package". */
  reason: Scalars['String']['output'];
  /** Share of all purchases holding both. */
  support: Scalars['Float']['output'];
};

/** One bin of a reliability table: leads whose predicted probability fell in [from, to), and how often they were won. */
export type CalibrationBin = {
  __typename?: 'CalibrationBin';
  /** Leads in the bin. */
  count: Scalars['Int']['output'];
  /** Lower end of the bin's predicted probabilities (0-1). */
  from: Scalars['Float']['output'];
  /** Mean predicted probability of the bin's leads. */
  meanPredicted: Scalars['Float']['output'];
  /** Share of the bin's leads won within the horizon. */
  observedRate: Scalars['Float']['output'];
  /** Upper end of the bin's predicted probabilities (0-1). */
  to: Scalars['Float']['output'];
};

/** Validated predictions of one source. */
export type ChurnAccuracyBySource = {
  __typename?: 'ChurnAccuracyBySource';
  /** Of them, accurate ones. */
  accurate: Scalars['Int']['output'];
  /** The source. */
  source: ChurnSource;
  /** Validated predictions. */
  validated: Scalars['Int']['output'];
};

/** How much data and certainty stand behind a churn prediction: rules are always LOW; a model's from its 90% interval and its outcomes. */
export type ChurnConfidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** One input's part in a churn prediction. */
export type ChurnFactor = {
  __typename?: 'ChurnFactor';
  /** Its effect on the log-odds of churn (positive raises the risk). */
  contribution: Scalars['Float']['output'];
  /** Human label. */
  label: Scalars['String']['output'];
  /** Feature name, e.g. usage.trend or rule.health. */
  name: Scalars['String']['output'];
  /** Its value in human units (days, a count, a score; 1/0 for a category); null when unknown. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Where a portfolio churn run stands. */
export type ChurnJobStatus =
  /** Stopped; lastError says why (the accounts done so far keep their new predictions). */
  | 'FAILED'
  /** Waiting for a customer-success worker. */
  | 'QUEUED'
  /** Predicting; see done and total. */
  | 'RUNNING'
  /** Every account was predicted. */
  | 'SUCCEEDED';

/** A stored churn model of the organization. */
export type ChurnModelInfo = {
  __typename?: 'ChurnModelInfo';
  /** Accounts with a recorded outcome behind it. */
  accounts: Scalars['Int']['output'];
  /** Of them, accounts that churned within the window of a snapshot. */
  churned: Scalars['Int']['output'];
  /** Its held-out check. */
  metrics: ChurnModelMetrics;
  /** What predictions quote as modelVersion. */
  modelVersion: Scalars['String']['output'];
  /** When it was trained. */
  trainedAt: Scalars['DateTime']['output'];
  /** Who trained it. */
  trainedBy: Scalars['ID']['output'];
  /** 1, 2, …: the newest version serves predictions. */
  version: Scalars['Int']['output'];
  /** The model's weights by feature (standardized scale) and intercept. */
  weights: Scalars['JSON']['output'];
};

/** The held-out check of a churn model at training, next to the rules on the same accounts. */
export type ChurnModelMetrics = {
  __typename?: 'ChurnModelMetrics';
  /** Held-out accounts. */
  heldOutAccounts: Scalars['Int']['output'];
  /** Held-out accounts that churned. */
  heldOutChurned: Scalars['Int']['output'];
  /** How the held-out accounts were chosen and scored. */
  method: Scalars['String']['output'];
  /** The model on the held-out accounts; null when not run. */
  model?: Maybe<ChurnQuality>;
  /** The rules on the same accounts. */
  rules?: Maybe<ChurnQuality>;
  /** Accounts the checked model was trained on. */
  trainAccounts: Scalars['Int']['output'];
};

/** The CTA type whose playbook a churn recommendation belongs to. */
export type ChurnPlaybookType =
  | 'EXPANSION'
  | 'RENEWAL'
  | 'RISK';

/** A portfolio churn run (predictChurnForPortfolio): every account not churned gets a new prediction. */
export type ChurnPortfolioJob = {
  __typename?: 'ChurnPortfolioJob';
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Accounts predicted so far. */
  done: Scalars['Int']['output'];
  /** When it finished. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job's id. */
  id: Scalars['ID']['output'];
  /** Why it failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** What it did, once finished: accounts and predicted. */
  result?: Maybe<Scalars['JSON']['output']>;
  /** Where it stands. */
  status: ChurnJobStatus;
  /** Accounts to predict. */
  total: Scalars['Int']['output'];
};

/** A stored churn prediction of an account. */
export type ChurnPrediction = {
  __typename?: 'ChurnPrediction';
  /** The account. */
  accountId: Scalars['ID']['output'];
  /** The outcome recorded within its window, once one is. */
  actualOutcome?: Maybe<AccountOutcome>;
  /** How much to trust it. */
  confidence: ChurnConfidence;
  /** Why, quoting the numbers. */
  explanation: Scalars['String']['output'];
  /** The inputs with the largest effect, largest |contribution| first (at most 20). */
  factors: Array<ChurnFactor>;
  /** The prediction's id (a CTA it raised has it as sourceRef). */
  id: Scalars['ID']['output'];
  /** The model version (churn-model/<format>@<trained at>) or churn-rules/<n>. */
  modelVersion: Scalars['String']['output'];
  /** When it was made. */
  predictedAt: Scalars['DateTime']['output'];
  /** Probability (0-1) that the account churns within windowDays after predictedAt. */
  probability: Scalars['Float']['output'];
  /** What to do, most urgent first. */
  recommendations: Array<ChurnRecommendation>;
  /** The probability's band. */
  riskCategory: RiskCategory;
  /** Model, rules, or language-model text over the model's or rules' numbers. */
  source: ChurnSource;
  /** ACTIVE, SUPERSEDED or EXPIRED. */
  status: ChurnPredictionStatus;
  /** Served from the store until then (30 days after predictedAt), then recomputed. */
  validUntil: Scalars['DateTime']['output'];
  /** Once validated: true when HIGH/CRITICAL and churned, or LOW/MEDIUM and not churned. */
  wasAccurate?: Maybe<Scalars['Boolean']['output']>;
  /** Days after predictedAt the probability is about (90 by default). */
  windowDays: Scalars['Int']['output'];
};

/** How churn predictions fared against the outcomes recorded within their windows: the prospective check. */
export type ChurnPredictionAccuracy = {
  __typename?: 'ChurnPredictionAccuracy';
  /** Accurate ones: HIGH/CRITICAL and churned, or LOW/MEDIUM and not. */
  accurate: Scalars['Int']['output'];
  /** AUC of the probabilities; null with only one class. */
  auc?: Maybe<Scalars['Float']['output']>;
  /** Brier score; null without validated predictions. */
  brier?: Maybe<Scalars['Float']['output']>;
  /** Counts by source. */
  bySource: Array<ChurnAccuracyBySource>;
  /** Of them, predictions of accounts that churned. */
  churned: Scalars['Int']['output'];
  /** Predictions made from (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Share of HIGH/CRITICAL predictions (probability ≥ 0.35) whose account churned. */
  precisionAtHigh?: Maybe<Scalars['Float']['output']>;
  /** Share of churned accounts' predictions that were HIGH/CRITICAL. */
  recallAtHigh?: Maybe<Scalars['Float']['output']>;
  /** Predictions made until (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Validated predictions (an outcome was recorded within their window). */
  validated: Scalars['Int']['output'];
};

/** A stored churn prediction's life. */
export type ChurnPredictionStatus =
  /** The account's current prediction (at most one). */
  | 'ACTIVE'
  /** Its validity passed and it was replaced. */
  | 'EXPIRED'
  /** Replaced by a newer prediction before it expired (forceRefresh, a new model, a portfolio run). */
  | 'SUPERSEDED';

/** Quality figures of churn probabilities on a set of accounts. */
export type ChurnQuality = {
  __typename?: 'ChurnQuality';
  /** Area under the ROC curve; null with only one class. */
  auc?: Maybe<Scalars['Float']['output']>;
  /** Brier score (mean squared error of the probability). */
  brier: Scalars['Float']['output'];
  /** Expected calibration error over 10 bins. */
  ece: Scalars['Float']['output'];
  /** Log loss. */
  logLoss: Scalars['Float']['output'];
};

/** One thing to do about a churn risk. */
export type ChurnRecommendation = {
  __typename?: 'ChurnRecommendation';
  /** What to do. */
  action: Scalars['String']['output'];
  /** The playbook (by CTA type) it belongs to; null for a concrete step on its own. */
  playbook?: Maybe<ChurnPlaybookType>;
  /** The numbers that call for it. */
  reason: Scalars['String']['output'];
};

/** Where a churn prediction came from. The probability is always the model's or the rules'. */
export type ChurnSource =
  /** The organization's model or the rules for the numbers; explanation and recommendations written by the language model. */
  | 'LLM'
  /** The organization's model, trained on its recorded outcomes; deterministic text. */
  | 'MODEL'
  /** The rules fallback (no outcomes recorded yet): low confidence. */
  | 'RULES';

/** Closes a CTA. */
export type CloseCtaInput = {
  /** The CTA. */
  ctaId: Scalars['ID']['input'];
  /** How it ended; RESOLVED_SUCCESS counts in ctaEffectiveness. */
  reason: CtaCloseReason;
};

/** Marks a CTA task done (or not done again). */
export type CompleteCtaTaskInput = {
  /** false reopens a task completed by mistake. */
  done?: Scalars['Boolean']['input'];
  /** The task (CtaTask.id). */
  taskId: Scalars['ID']['input'];
};

/** How much data and certainty stand behind a prediction. */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Hours in which the user wants contact work scheduled, in their time zone. */
export type ContactHours = {
  __typename?: 'ContactHours';
  /** Hour the window closes (1-24), local time; after startHour. */
  endHour: Scalars['Int']['output'];
  /** First hour of the window (0-23), local time. */
  startHour: Scalars['Int']['output'];
  /** IANA time zone, e.g. "Asia/Kolkata". */
  timeZone: Scalars['String']['output'];
};

/** Preferred contact hours [startHour, endHour) in a time zone. */
export type ContactHoursInput = {
  /** Hour the window closes, 1-24, after startHour. */
  endHour: Scalars['Int']['input'];
  /** First hour of the window, 0-23. */
  startHour: Scalars['Int']['input'];
  /** IANA time zone (default "UTC"). */
  timeZone?: Scalars['String']['input'];
};

/** The recorded outcome of a lead: training data for its rep's model. */
export type Conversion = {
  __typename?: 'Conversion';
  /** The conversion's id. */
  id: Scalars['ID']['output'];
  /** The client's key it was recorded with. */
  idempotencyKey: Scalars['String']['output'];
  /** When the deal was won or lost. */
  occurredAt: Scalars['DateTime']['output'];
  /** Whether the lead was won or lost. */
  outcome: ConversionOutcome;
  /** When the outcome was recorded. */
  recordedAt: Scalars['DateTime']['output'];
};

/** How a lead ended: WON or LOST. */
export type ConversionOutcome =
  | 'LOST'
  | 'WON';

/** A CTA raised by a person. It gets the tasks of the type and reason's playbook. */
export type CreateCtaInput = {
  /** The account it is about. */
  accountId: Scalars['ID']['input'];
  /** When it is due (default: 1, 3, 7 or 14 days from now for URGENT, HIGH, MEDIUM, LOW); not in the past. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who owns it (default: the caller). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** How urgent (default MEDIUM). */
  priority?: Priority;
  /** Why (default MANUAL). An open CTA for the same account, type and reason is refused (ALREADY_OPEN). */
  reason?: CtaReason;
  /** What it is about. */
  type: CtaType;
};

/** A lead to create. Rows with an externalId already imported are returned, not duplicated. */
export type CreateLeadInput = {
  /** The rep to assign; unknown ids are provisioned as reps. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  /** Custom fields: string, number or boolean values. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Company name, at most 200 characters. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** When the lead entered the funnel (default: now), for historical imports. */
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Contact email (at most 320 characters); its domain links the lead to an account. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The integration's id; repeating it makes the import idempotent. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Full name of the contact, 1-200 characters. */
  name: Scalars['String']['input'];
  /** Where the lead came from, e.g. Website, Referral; at most 200 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** NEW (default), CONTACTED or QUALIFIED. */
  status?: InputMaybe<LeadStatus>;
  /** Expected deal value, from 0 to under 1,000,000,000,000. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Result of createLeads: all leads, or none and the reasons. */
export type CreateLeadsPayload = {
  __typename?: 'CreateLeadsPayload';
  /** How many leads this call created. */
  createdCount: Scalars['Int']['output'];
  /** Why the input was rejected, one per bad field; empty on success. */
  errors: Array<UserError>;
  /** How many rows matched an externalId imported before. */
  existingCount: Scalars['Int']['output'];
  /** The leads in input order (new or previously imported); empty when errors is not. */
  leads: Array<Lead>;
};

/** A playbook for a CTA type and reason the organization has none for yet. */
export type CreatePlaybookInput = {
  /** Cooldown in days (0-365; default 30). */
  cooldownDays?: InputMaybe<Scalars['Int']['input']>;
  /** The CTA reason it applies to. */
  ctaReason: CtaReason;
  /** The CTA type it applies to. */
  ctaType: CtaType;
  /** Name (1-200 characters). */
  name: Scalars['String']['input'];
  /** The tasks, in order (1-20). */
  tasks: Array<PlaybookTaskInput>;
};

/** A saved segment to create. */
export type CreateSegmentInput = {
  /** What the segment is for (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Who belongs to it; membership is computed whenever asked. */
  filter: SegmentFilterInput;
  /** The segment's name, unique in the organization (1-100 characters). */
  name: Scalars['String']['input'];
};

/** A call-to-action: a piece of customer-success work on one account, with its playbook's tasks. */
export type Cta = {
  __typename?: 'Cta';
  /** The account it is about. */
  account: Account;
  /** How it was closed; null while not closed. */
  closeReason?: Maybe<CtaCloseReason>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** When it should be done by; the queue sorts by it second. */
  dueAt: Scalars['DateTime']['output'];
  /** The CTA's id. */
  id: Scalars['ID']['output'];
  /** The user (token subject) who owns it; null while unassigned. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The playbook its tasks came from; null when none covered its type and reason. */
  playbook?: Maybe<Playbook>;
  /** How urgent it is; the queue sorts by it first. */
  priority: Priority;
  /** Why it was raised. */
  reason: CtaReason;
  /** While SNOOZED: when it returns to the queue. */
  snoozedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** What raised it. */
  source: CtaSource;
  /** The id of the churn prediction or anomaly that raised it, when one did. */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** OPEN, SNOOZED (until snoozedUntil, then OPEN again) or CLOSED. */
  status: CtaStatus;
  /** The playbook's tasks, in order, with due dates counted from when the CTA was raised. */
  tasks: Array<CtaTask>;
  /** What it is about. */
  type: CtaType;
};

/** How a call-to-action ended. */
export type CtaCloseReason =
  /** The customer left. */
  | 'CUSTOMER_CHURNED'
  /** Covered by another CTA. */
  | 'DUPLICATE'
  /** Should not have been raised. */
  | 'NOT_RELEVANT'
  /** Resolved without the playbook's work. */
  | 'RESOLVED_NO_ACTION'
  /** The work was done and the issue is resolved (what ctaEffectiveness counts). */
  | 'RESOLVED_SUCCESS';

/** A page of the CTA queue (Relay connection), most urgent first. */
export type CtaConnection = {
  __typename?: 'CtaConnection';
  /** The CTAs on this page with their cursors. */
  edges: Array<CtaEdge>;
  /** The CTAs on this page (the edges' nodes). */
  nodes: Array<Cta>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** CTAs matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CTA on a page of the queue, with its cursor. */
export type CtaEdge = {
  __typename?: 'CtaEdge';
  /** Pass as `after` to continue after this CTA. */
  cursor: Scalars['String']['output'];
  /** The CTA. */
  node: Cta;
};

/** For one CTA type and playbook: renewals after a CTA closed RESOLVED_SUCCESS, next to renewals of accounts without one. Observational: read the counts. */
export type CtaEffectiveness = {
  __typename?: 'CtaEffectiveness';
  /** withSuccessfulCta.renewalRate − without.renewalRate; null when either is null. */
  difference?: Maybe<Scalars['Float']['output']>;
  /** The playbook; null for CTAs no playbook covered. */
  playbook?: Maybe<Playbook>;
  /** The CTA type. */
  type: CtaType;
  /** Accounts with a successfully closed CTA of this type and playbook, by their first outcome after it closed. */
  withSuccessfulCta: RenewalCount;
  /** Every other account with an outcome in the window, by its latest outcome. */
  without: RenewalCount;
};

/** Which CTAs the queue shows. Without status: the OPEN ones (snoozed CTAs come back once their date passes). */
export type CtaFilter = {
  /** Only this account's CTAs. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only CTAs due at or before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the caller's own CTAs (not with ownerId). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only CTAs owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only CTAs of this priority. */
  priority?: InputMaybe<Priority>;
  /** Only CTAs in these statuses (default [OPEN]); ask for SNOOZED to see snoozed ones. */
  status?: InputMaybe<Array<CtaStatus>>;
  /** Only CTAs of this type. */
  type?: InputMaybe<CtaType>;
};

/** Result of a CTA mutation: the CTA after it, or null and the reasons nothing changed. */
export type CtaPayload = {
  __typename?: 'CtaPayload';
  /** The CTA after the call; null when errors is not empty. */
  cta?: Maybe<Cta>;
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
};

/** Why a call-to-action was raised. One open CTA at most per account, type and reason. */
export type CtaReason =
  /** A churn prediction put the account at HIGH or CRITICAL risk. */
  | 'CHURN_RISK_HIGH'
  /** Usage or engagement suggests the account could buy more. */
  | 'EXPANSION_SIGNAL'
  /** Health, or one of its measures, fell suddenly against the account's own history. */
  | 'HEALTH_DROP'
  /** Raised by a person for their own reason. */
  | 'MANUAL'
  /** Onboarding is not progressing. */
  | 'ONBOARDING_STALLED'
  /** Renewal is coming up. */
  | 'RENEWAL_APPROACHING'
  /** Renewal within 90 days while health is declining. */
  | 'RENEWAL_AT_RISK';

/** What raised a call-to-action. */
export type CtaSource =
  /** A health anomaly; sourceRef is its id. */
  | 'ANOMALY'
  /** A person (createCta). */
  | 'MANUAL'
  /** A churn prediction; sourceRef is its id. */
  | 'PREDICTION'
  /** A customer-success rule (e.g. renewal within 90 days with declining health). */
  | 'RULE';

/** Where a call-to-action stands. */
export type CtaStatus =
  /** Done; closeReason says how. */
  | 'CLOSED'
  /** To be worked (a snoozed CTA whose snooze has passed is OPEN again). */
  | 'OPEN'
  /** Hidden from the queue until snoozedUntil. */
  | 'SNOOZED';

/** One task of a call-to-action, copied from its playbook when it was raised. */
export type CtaTask = {
  __typename?: 'CtaTask';
  /** True once completed. */
  done: Scalars['Boolean']['output'];
  /** When it was completed. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is due: the CTA's creation plus the playbook task's dueOffsetDays. */
  dueAt: Scalars['DateTime']['output'];
  /** The task's id (completeCtaTask takes it). */
  id: Scalars['ID']['output'];
  /** What to do. */
  title: Scalars['String']['output'];
};

/** What a call-to-action is about. */
export type CtaType =
  /** A routine touch: a check-in, a QBR. */
  | 'ACTIVITY'
  /** The account may buy more. */
  | 'EXPANSION'
  /** Getting a new account live. */
  | 'ONBOARDING'
  /** A renewal needs work. */
  | 'RENEWAL'
  /** The account may churn. */
  | 'RISK';

/** What we remember about the customer behind a lead across sessions, and how ready they are to buy. */
export type CustomerProfile = {
  __typename?: 'CustomerProfile';
  /** Brochures the customer has downloaded. */
  brochuresDownloaded: Scalars['Int']['output'];
  /** Callbacks the customer has requested. */
  callbacksRequested: Scalars['Int']['output'];
  /** When the profile was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Sales stage the customer is in, e.g. consideration. */
  currentStage?: Maybe<Scalars['String']['output']>;
  /** Engagement, 0-10 (unrounded): min(3, sessions/2) + min(3, distinct items viewed/5) + min(2, interests) + min(2, average sentiment + 1), where no sentiment counts as 0. */
  engagementScore: Scalars['Float']['output'];
  /** The latest frustration reading, from 0 (calm) to 1 (very frustrated), as recorded with an interaction (seed 001 tracks it with sentiment); null until one was recorded. See frustrationRecordedAt for how old it is. */
  frustrationLevel?: Maybe<Scalars['Float']['output']>;
  /** When frustrationLevel was recorded; null until one was. */
  frustrationRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile's id. */
  id: Scalars['ID']['output'];
  /** Intent to buy, 0-10 (unrounded): min(3, interests × 1.5) + 3 if a site visit was scheduled + 2 if a callback was requested + min(2, sessions/3). */
  intentScore: Scalars['Float']['output'];
  /** Items the customer is interested in, oldest first. */
  interests: Array<ProfileInterest>;
  /** When the customer was last active. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** The lead this profile belongs to. */
  lead: Lead;
  /** The lead this profile belongs to. */
  leadId: Scalars['ID']['output'];
  /** Expected revenue from this customer over the horizon, with a 90% interval; null until they have bought something, or while the organization has too few customers (20) or no repeat purchase to fit the model. */
  lifetimeValue?: Maybe<LifetimeValue>;
  /** Objections raised, one entry per kind. */
  objections: Array<ProfileObjection>;
  /** The persona this customer's behaviour puts them in now; null while the organization has too few profiles for personas. */
  persona?: Maybe<Persona>;
  /** The customer's phone number in E.164 (e.g. +919876543210); null until one was recorded. */
  phone?: Maybe<Scalars['String']['output']>;
  /** What the customer has said they want. */
  preferences: ProfilePreferences;
  /** When this open lead is likely to be won; null for a closed lead, or while the organization has fewer than 30 closed leads or no win. */
  purchaseTiming?: Maybe<PurchaseTiming>;
  /** Items rejected, oldest first. */
  rejectedItems: Array<ProfileRejectedItem>;
  /** The organization's saved segments this customer belongs to now, by name. */
  segments: Array<Segment>;
  /** Average of sentimentHistory (-1..1); null when no sentiment was recorded. */
  sentiment?: Maybe<Scalars['Float']['output']>;
  /** Sentiment readings, oldest first (the most recent 100 are kept). */
  sentimentHistory: Array<ProfileSentimentPoint>;
  /** Site visits the customer has scheduled. */
  siteVisitsScheduled: Scalars['Int']['output'];
  /** When currentStage last changed; null when no stage was recorded. */
  stageChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every stage the customer entered, oldest first (the last is currentStage; the most recent 100 are kept). */
  stageHistory: Array<ProfileStageChange>;
  /** HOT when engagementScore + intentScore ≥ 15, WARM when ≥ 10, else COLD. */
  temperature: Temperature;
  /** Sessions (visits, conversations) the customer has had. */
  totalSessions: Scalars['Int']['output'];
  /** Items viewed, one entry per item, in the order first viewed. */
  viewedItems: Array<ProfileViewedItem>;
  /** What to say when the customer comes back, e.g. "Welcome back! I see you were interested in Brigade Citrine. …"; null when the profile remembers nothing worth mentioning. */
  welcomeBackMessage?: Maybe<Scalars['String']['output']>;
};


/** What we remember about the customer behind a lead across sessions, and how ready they are to buy. */
export type CustomerProfileLifetimeValueArgs = {
  horizonDays?: Scalars['Int']['input'];
};

/** A page of customer profiles (Relay connection) in the list's order. */
export type CustomerProfileConnection = {
  __typename?: 'CustomerProfileConnection';
  /** The profiles on this page with their cursors. */
  edges: Array<CustomerProfileEdge>;
  /** The profiles on this page (the edges' nodes). */
  nodes: Array<CustomerProfile>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Profiles in the list, across all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A customer profile on a page of a list. */
export type CustomerProfileEdge = {
  __typename?: 'CustomerProfileEdge';
  /** Pass as `after` to continue after this profile. */
  cursor: Scalars['String']['output'];
  /** The profile. */
  node: CustomerProfile;
};

/** One stage of the funnel: how many leads reached it and how many of those were won. */
export type FunnelStage = {
  __typename?: 'FunnelStage';
  /** won / reached; null when none reached it. */
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** Leads lost with this as the furthest stage they reached. */
  lostHere: Scalars['Int']['output'];
  /** Leads that reached this stage or a later one (from their status history). */
  reached: Scalars['Int']['output'];
  /** The stage (NEW, CONTACTED, QUALIFIED, WON), in funnel order. */
  status: LeadStatus;
  /** reached / the previous stage's reached; null for the first stage or when the previous had none. */
  stepRate?: Maybe<Scalars['Float']['output']>;
  /** Of them, won. */
  won: Scalars['Int']['output'];
};

/** What a group of customers (a segment or a persona) is worth: purchases from personalization's records, won and lost from the sales pipeline. */
export type GroupRoi = {
  __typename?: 'GroupRoi';
  /** Average expected revenue over the next 365 days (BG/NBD + Gamma-Gamma) of the members who have bought; null without buyers or a fitted lifetime-value model. */
  averageLifetimeValue?: Maybe<Scalars['Float']['output']>;
  /** Members with at least one recorded purchase. */
  buyers: Scalars['Int']['output'];
  /** won / (won + lost); null when no member's lead is closed. */
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** Members whose lead was lost. */
  lost: Scalars['Int']['output'];
  /** Customers (profiles) in the group. */
  members: Scalars['Int']['output'];
  /** Total of the members' recorded purchases. */
  revenue: Scalars['Float']['output'];
  /** revenue / members (0 for an empty group). */
  revenuePerMember: Scalars['Float']['output'];
  /** Members whose lead was won. */
  won: Scalars['Int']['output'];
};

/** What a health anomaly is about: TOTAL (the health score) or one ScorecardMeasure. */
export type HealthMeasure =
  | 'ADOPTION_BREADTH'
  | 'ENGAGEMENT_RECENCY'
  | 'SENTIMENT'
  | 'SUPPORT_LOAD'
  | 'TOTAL'
  | 'USAGE_TREND';

/** One measure's part in a computed health point. */
export type HealthMeasureScore = {
  __typename?: 'HealthMeasureScore';
  /** The measure. */
  measure: ScorecardMeasure;
  /** Its score, 0-100. */
  score: Scalars['Int']['output'];
  /** Its weight in the scorecard when the point was computed. */
  weight: Scalars['Float']['output'];
};

/** Which way an account's health score is heading over its last four recorded points. */
export type HealthTrend =
  /** Down by 5 points or more across the last four points (fitted line). */
  | 'DECLINING'
  /** Up by 5 points or more across the last four points (fitted line). */
  | 'IMPROVING'
  /** Within 5 points, or fewer than two points recorded. */
  | 'STABLE';

/** Which high-intent leads without a site visit to list. */
export type HighIntentFilter = {
  /** Only customers whose intent score is at least this (0-10). */
  minIntent?: Scalars['Int']['input'];
};

/** Which hot leads to list. */
export type HotLeadsFilter = {
  /** Only customers active within this many days (1-3650). */
  activeWithinDays?: Scalars['Int']['input'];
};

/** How often the user wants insights delivered (read by clients that deliver them). */
export type InsightFrequency =
  /** A daily digest. */
  | 'DAILY'
  /** As they happen. */
  | 'REAL_TIME'
  /** A weekly digest. */
  | 'WEEKLY';

/** How strongly a customer is interested in an item. */
export type InterestLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** An item of the organization's catalog: a product, property or plan its leads view and buy. */
export type Item = {
  __typename?: 'Item';
  /** Custom fields: an object whose values are strings, numbers or booleans. */
  attributes: Scalars['JSON']['output'];
  /** Category, e.g. Apartment or Add-on. */
  category?: Maybe<Scalars['String']['output']>;
  /** When the item was first added. */
  createdAt: Scalars['DateTime']['output'];
  /** The organization's own id for the item (SKU), unique within the organization; customer profiles name viewed and rejected items by it. */
  externalId: Scalars['String']['output'];
  /** The item's id. */
  id: Scalars['ID']['output'];
  /** List price before any discount (≥ 0). */
  listPrice: Scalars['Float']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Units in stock; null when stock is not tracked. */
  stock?: Maybe<Scalars['Int']['output']>;
  /** When the item last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of catalog items (Relay connection), by name. */
export type ItemConnection = {
  __typename?: 'ItemConnection';
  /** The items on this page with their cursors. */
  edges: Array<ItemEdge>;
  /** The items on this page (the edges' nodes). */
  nodes: Array<Item>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item on a page of the catalog. */
export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Item;
};

/** Filters on the catalog; they combine with AND. */
export type ItemFilter = {
  /** Any of these categories. */
  category?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only items with stock above zero or untracked; false: only items out of stock. */
  inStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive text in the name or externalId (up to 200 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A catalog item to create, or to replace when its externalId exists in the organization. */
export type ItemInput = {
  /** Custom fields: a flat object of strings, numbers and booleans (at most 50 keys). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Category (up to 100 characters). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The organization's own id (SKU), 1-200 characters: the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** List price, ≥ 0. */
  listPrice: Scalars['Float']['input'];
  /** Display name, 1-200 characters. */
  name: Scalars['String']['input'];
  /** Units in stock (≥ 0); null when not tracked. */
  stock?: InputMaybe<Scalars['Int']['input']>;
};

/** Background work on the job queue (retraining, rescoring). */
export type Job = {
  __typename?: 'Job';
  /** Attempts so far (a crashed or failed job is retried). */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When it succeeded or finally failed; null while queued or running. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job's id, to poll with job(id). */
  id: Scalars['ID']['output'];
  /** The error of the latest failed attempt; null when no attempt has failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** How far it has got; null until the job reports progress. */
  progress?: Maybe<JobProgress>;
  /** The kind of work, e.g. retrain-organization. */
  queue: Scalars['String']['output'];
  /** What the job did, when it has finished. */
  result?: Maybe<Scalars['JSON']['output']>;
  /** Where the job is in the queue. */
  status: JobStatus;
};

/** How far a job has got. */
export type JobProgress = {
  __typename?: 'JobProgress';
  /** Units finished so far, failed ones included. */
  done: Scalars['Int']['output'];
  /** Units that failed (a rep whose retraining failed keeps their previous model). */
  failed: Scalars['Int']['output'];
  /** Units of work in the job (for a retraining, the reps to retrain). */
  total: Scalars['Int']['output'];
};

/** Where a job is in the queue. */
export type JobStatus =
  /** Failed on its last attempt; lastError says why. */
  | 'FAILED'
  /** Waiting to run, or to be retried after a failed attempt. */
  | 'QUEUED'
  /** A worker is running it. */
  | 'RUNNING'
  /** Finished; result says what it did. */
  | 'SUCCEEDED';

/** A prospective customer being worked by a sales rep. */
export type Lead = {
  __typename?: 'Lead';
  /** The customer account of the lead's company: the one whose domain is the domain of the lead's email. Null for free-mail addresses (gmail.com, …) or when no account matches. */
  account?: Maybe<Account>;
  /** The lead's most recent activities, newest first (at most 100). */
  activities: Array<Activity>;
  /** The rep working this lead. */
  assignedTo?: Maybe<User>;
  /** Custom fields: an object whose values are strings, numbers or booleans. */
  attributes: Scalars['JSON']['output'];
  /** When the lead was won or lost. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Company name as entered. */
  company?: Maybe<Scalars['String']['output']>;
  /** When the lead entered the funnel: when it was created, or the createdAt given on import. */
  createdAt: Scalars['DateTime']['output'];
  /** Contact email; its domain links the lead to an account. */
  email?: Maybe<Scalars['String']['output']>;
  /** The integration's own id for this lead, used to make imports idempotent. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The lead's id. */
  id: Scalars['ID']['output'];
  /** Full name of the contact. */
  name: Scalars['String']['output'];
  /** The requesting rep's recommended next step: always the first of nextActions (see there for the order). */
  nextAction?: Maybe<NextAction>;
  /** The requesting rep's next steps, best first; empty for another organization's lead. First (and nextAction) is the first rule that applies — service rules (a requested callback, a hot lead left alone, a new lead nobody called), then the action the rep's history says lifts wins most, then stage rules — except that a rule whose action that history says lowers wins (at least 3 closed leads had it, its pooled win rate at least 5 points below the rate without it, the 95% interval of that difference below zero) is passed over for the next, and the action replacing it says why in its reasoning. A requested callback is owed and stays first whatever the history says. After the first come the other actions the history says lift wins, by estimated success; an action that lowers wins is not listed after the first. */
  nextActions: Array<RankedNextAction>;
  /** Why nextAction is null and nextActions empty for the requesting user, when their preferences hide them; null when shown. */
  nextActionsHiddenReason?: Maybe<Scalars['String']['output']>;
  /** Offers made to the lead, newest first (at most 100). */
  offers: Array<Offer>;
  /** Conversion probability from the requesting rep's active model. */
  prediction?: Maybe<Prediction>;
  /** What we remember about this lead's customer; null when nothing was recorded yet. */
  profile?: Maybe<CustomerProfile>;
  /** The lead's purchases, newest first (at most 100). */
  purchases: Array<Purchase>;
  /** Catalog items for this lead, best first (at most 50): what customers who bought and viewed the same items also chose, blended with the lead's stated preferences. Never an item the lead rejected or already bought. */
  recommendedItems: Array<RecommendedItem>;
  /** Engagement score 0-100 from the lead's weighted, time-decayed activities; null before any activity. */
  score?: Maybe<Scalars['Int']['output']>;
  /** When the score was last computed. */
  scoreUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the lead came from, e.g. Website, Referral. */
  source?: Maybe<Scalars['String']['output']>;
  /** Where the lead is in the funnel. */
  status: LeadStatus;
  /** The discount to offer this lead on an item, within the organization's offer policy, with the expected conversion lift and its factors; null when the item is not in the caller's catalog. */
  suggestedOffer?: Maybe<SuggestedOffer>;
  /** When the lead's own fields (or its status) last changed; activities and scores do not count. */
  updatedAt: Scalars['DateTime']['output'];
  /** Expected deal value. */
  value?: Maybe<Scalars['Float']['output']>;
};


/** A prospective customer being worked by a sales rep. */
export type LeadActivitiesArgs = {
  first?: Scalars['Int']['input'];
};


/** A prospective customer being worked by a sales rep. */
export type LeadNextActionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A prospective customer being worked by a sales rep. */
export type LeadOffersArgs = {
  first?: Scalars['Int']['input'];
};


/** A prospective customer being worked by a sales rep. */
export type LeadPurchasesArgs = {
  first?: Scalars['Int']['input'];
};


/** A prospective customer being worked by a sales rep. */
export type LeadRecommendedItemsArgs = {
  first?: Scalars['Int']['input'];
};


/** A prospective customer being worked by a sales rep. */
export type LeadSuggestedOfferArgs = {
  itemId: Scalars['ID']['input'];
};

/** A page of leads (Relay connection). */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads on this page with their cursors. */
  edges: Array<LeadEdge>;
  /** The leads on this page (the edges' nodes). */
  nodes: Array<Lead>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Leads matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A lead on a page of leads, with its cursor. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Pass as `after` to continue after this lead. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Filters combine with AND. */
export type LeadFilter = {
  /** Only leads assigned to this user. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads assigned to the caller. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive text in name, email or company. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these sources. */
  source?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<LeadStatus>>;
  /** Only leads assigned to nobody. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How to order a list of leads. */
export type LeadOrder = {
  /** Which way (default DESC). */
  direction?: OrderDirection;
  /** What to order by (default CREATED_AT). */
  field?: LeadOrderField;
};

/** What leads can be ordered by; ties are broken by lead id. */
export type LeadOrderField =
  /** When the lead entered the funnel. */
  | 'CREATED_AT'
  /** The contact's name. */
  | 'NAME'
  /** When the lead last changed. */
  | 'UPDATED_AT'
  /** Expected deal value; leads without one sort below every value. */
  | 'VALUE';

/** Where a lead is in the funnel. WON and LOST are set only by recordConversion. */
export type LeadStatus =
  | 'CONTACTED'
  | 'LOST'
  | 'NEW'
  | 'QUALIFIED'
  | 'WON';

/** Where a customer account is in its life with us. */
export type LifecycleStage =
  /** Using the product and growing into it. */
  | 'ADOPTION'
  /** Flagged by the team as likely to churn. */
  | 'AT_RISK'
  /** No longer a customer. */
  | 'CHURNED'
  /** Healthy and buying more. */
  | 'EXPANSION'
  /** Newly signed, getting set up. */
  | 'ONBOARDING'
  /** Approaching its renewal. */
  | 'RENEWAL';

/** Expected revenue from a customer over a horizon: BG/NBD expected purchases × Gamma-Gamma expected spend per purchase, fitted by maximum likelihood on the organization's purchases. */
export type LifetimeValue = {
  __typename?: 'LifetimeValue';
  /** Expected purchases (purchase days) over the horizon. */
  expectedPurchases: Scalars['Float']['output'];
  /** Expected revenue over the horizon. */
  expectedRevenue: Scalars['Float']['output'];
  /** When the organization's model was fitted. */
  fittedAt: Scalars['DateTime']['output'];
  /** 95th percentile of the revenue over the horizon. */
  high: Scalars['Float']['output'];
  /** The horizon, in days. */
  horizonDays: Scalars['Int']['output'];
  /** 5th percentile of the revenue over the horizon (90% interval from 1,000 draws of the customer's posterior; the fitted parameters are taken as known). */
  low: Scalars['Float']['output'];
  /** The model, e.g. BG/NBD + Gamma-Gamma. */
  model: Scalars['String']['output'];
  /** Probability the customer still buys (has not silently dropped out), 0-1. */
  probabilityAlive: Scalars['Float']['output'];
};

/** One decile of the backtest's leads ranked by predicted probability, against the overall outcome rate. */
export type LiftDecile = {
  __typename?: 'LiftDecile';
  /** Leads in the decile. */
  count: Scalars['Int']['output'];
  /** Share of all wins found in this decile and the ones above it; null when none was won. */
  cumulativeShareOfWins?: Maybe<Scalars['Float']['output']>;
  /** 1 for the tenth of leads with the highest probabilities, 10 for the lowest. */
  decile: Scalars['Int']['output'];
  /** observedRate ÷ the rate over all scored leads (2 = twice as likely as average); null when none was won. */
  lift?: Maybe<Scalars['Float']['output']>;
  /** Mean predicted probability of its leads. */
  meanPredicted: Scalars['Float']['output'];
  /** Share of its leads won within the horizon. */
  observedRate: Scalars['Float']['output'];
};

/** The as-of backtest: what the model would have told you about your open leads at past dates, against what happened next. At each cutoff (when 60%, 70% and 80% of the outcomes older than the horizon had happened) a model is trained on what was known then and scores every lead open then; a lead counts as won if it was won within the horizon after the cutoff. */
export type ModelBacktest = {
  __typename?: 'ModelBacktest';
  /** By the lead's age at the cutoff. */
  byAge: Array<BacktestScores>;
  /** Reliability table of the evaluated model over all scored leads. */
  calibration: Array<CalibrationBin>;
  /** The past dates the backtest stood at. */
  cutoffs: Array<BacktestCutoff>;
  /** Days after a cutoff within which a win counts: the probability a lead shows is of a win within this many days. */
  horizonDays: Scalars['Int']['output'];
  /** Lift by probability decile of the evaluated model over all scored leads, highest decile first; empty for models trained before it was kept. */
  lift: Array<LiftDecile>;
  /** All scored leads. */
  overall: BacktestScores;
};

/** How a training was judged: the as-of backtest on leads open at past dates (what decides activation), and a closed-lead holdout; every model scored on the same leads. */
export type ModelEvaluation = {
  __typename?: 'ModelEvaluation';
  /** The as-of backtest (null for models trained before it existed). */
  backtest?: Maybe<ModelBacktest>;
  /** The seed's default weights. */
  default?: Maybe<ModelQuality>;
  /** The closed-lead check below: holdout (the landmark rows of the latest 20% of leads by creation) or cross-validation (small data). */
  method: Scalars['String']['output'];
  /** The newly trained model. */
  model?: Maybe<ModelQuality>;
  /** The organization's model. */
  organization?: Maybe<ModelQuality>;
  /** The model that was active before this training. */
  previous?: Maybe<ModelQuality>;
  /** Landmark rows in the closed-lead check. */
  testSize: Scalars['Int']['output'];
};

/** Whose data a model learned from: none (the default weights), the team's, or one rep's pooled toward the team's. */
export type ModelLevel =
  | 'DEFAULT'
  | 'ORGANIZATION'
  | 'REP';

/** Model versions with their backtest metrics, oldest first (Relay connection). */
export type ModelMetricsConnection = {
  __typename?: 'ModelMetricsConnection';
  /** The versions on this page with their cursors. */
  edges: Array<ModelMetricsEdge>;
  /** The versions on this page (the edges' nodes). */
  nodes: Array<ModelMetricsPoint>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Versions matching the arguments, across all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A model version on a page of the metrics history, with its cursor. */
export type ModelMetricsEdge = {
  __typename?: 'ModelMetricsEdge';
  /** Pass as `after` to continue after this version. */
  cursor: Scalars['String']['output'];
  /** The model version and its metrics. */
  node: ModelMetricsPoint;
};

/** One trained model version with its as-of backtest: the model, the team's model and the default weights scored on the same past open leads, so the three lines of a chart compare like with like. */
export type ModelMetricsPoint = {
  __typename?: 'ModelMetricsPoint';
  /** When it was last made active; null when it never was. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it serves predictions now. */
  active: Scalars['Boolean']['output'];
  /** Leads open at the backtest's cutoffs that were scored; 0 when there was no backtest (too little history). */
  backtestLeads: Scalars['Int']['output'];
  /** Of those, the leads won within the horizon after their cutoff. */
  backtestWins: Scalars['Int']['output'];
  /** The default weights (the naive baseline) on the same leads; null without a backtest. */
  default?: Maybe<ModelQuality>;
  /** The stored model's id. */
  id: Scalars['ID']['output'];
  /** ORGANIZATION for the team's model, REP for a rep's own. */
  level: ModelLevel;
  /** This model on its backtest; null without one. */
  model?: Maybe<ModelQuality>;
  /** The team's model on the same leads; null without a backtest. */
  team?: Maybe<ModelQuality>;
  /** When it was trained. */
  trainedAt: Scalars['DateTime']['output'];
  /** Closed leads it was trained on. */
  trainingLeads: Scalars['Int']['output'];
  /** Of those, the won ones. */
  trainingWins: Scalars['Int']['output'];
  /** The rep whose model it is; null for the team's model. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** Its version among its owner's models (1, 2, …). */
  version: Scalars['Int']['output'];
};

/** Quality of a model's probabilities on leads it did not train on. */
export type ModelQuality = {
  __typename?: 'ModelQuality';
  /** Area under the ROC curve; null when the held-out leads are all won or all lost. */
  auc?: Maybe<Scalars['Float']['output']>;
  /** Mean squared error of the probabilities (lower is better). */
  brier: Scalars['Float']['output'];
  /** Expected calibration error over 10 bins (lower is better). */
  calibrationError: Scalars['Float']['output'];
  /** Mean negative log-likelihood (lower is better). */
  logLoss: Scalars['Float']['output'];
};

/** One input's weight in a model. */
export type ModelWeight = {
  __typename?: 'ModelWeight';
  /** Feature name, e.g. activity.PROPERTY_VIEW. */
  feature: Scalars['String']['output'];
  /** Human label, e.g. property views. */
  label: Scalars['String']['output'];
  /** Weight on the standardized input (learned models) or the seed's weight (default model). */
  weight: Scalars['Float']['output'];
};

/** The seasonal index of one month of the year. */
export type MonthOfYearIndex = {
  __typename?: 'MonthOfYearIndex';
  /** Mean of value ÷ trend in this month of the year, normalised so the twelve average 1. */
  index: Scalars['Float']['output'];
  /** Month of the year, 1 = January. */
  month: Scalars['Int']['output'];
};

/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes one of the caller's earlier model versions the active one (rollback). */
  activateScoringModel: ActivateScoringModelPayload;
  /** Hands a CTA that is not closed to a user. */
  assignCta: CtaPayload;
  /** Closes a CTA with a reason. Rules, predictions and anomalies do not raise it again within its playbook's cooldown. */
  closeCta: CtaPayload;
  /** Marks a task of a CTA that is not closed done (or, with done: false, not done). */
  completeCtaTask: CtaPayload;
  /** Raises a CTA by hand (source MANUAL), owned by the caller unless ownerId says otherwise. */
  createCta: CtaPayload;
  /** Creates up to 1,000 leads: all of them, or none with an error per bad field. */
  createLeads: CreateLeadsPayload;
  /** Managers and admins: a playbook for a CTA type and reason that has none yet. */
  createPlaybook: PlaybookPayload;
  /** Saves a dynamic segment: a named, typed filter. Nothing is saved when any part is invalid or the name is taken. */
  createSegment: SegmentPayload;
  /** The account's churn prediction: the stored one while valid, or a new one replacing it (forceRefresh: always new). */
  predictChurn: PredictChurnPayload;
  /** Queues a new churn prediction for every account not churned (managers and admins); poll churnPortfolioJob for progress. */
  predictChurnForPortfolio: ChurnPortfolioJob;
  /** Appends a health score to an account's history; it becomes the current score when it is the newest. */
  recordAccountHealth: RecordAccountHealthPayload;
  /** Records how a renewal period ended, once per period (the 365 days up to occurredAt); retries with the same key replay the result. CHURNED makes the account CHURNED; the others move a passed renewal date on by a year. */
  recordAccountOutcome: RecordAccountOutcomePayload;
  /** Records up to 5,000 signals: all of them, or none with an error per bad field. Each touched account gets a health point computed from the scorecard. */
  recordAccountSignals: RecordAccountSignalsPayload;
  /** Records up to 5,000 activities (all or none) and updates the leads' scores. */
  recordActivities: RecordActivitiesPayload;
  /** Closes a lead as WON or LOST, exactly once per lead; retries with the same key replay the result. */
  recordConversion: RecordConversionPayload;
  /** Records a discount offered to a lead on a catalog item, within the offer policy: above its maxDiscount only when the caller's role may approve (the caller is then stored as the approver), never deeper than its margin floor allows. */
  recordOffer: OfferPayload;
  /** Records how an offer ended, once (the same outcome again is a replay). */
  recordOfferOutcome: OfferPayload;
  /** Records what happened with the customer behind a lead (views, rejections, interests, objections, sentiment, preferences, milestones), creating their profile on first use. All or nothing. */
  recordProfileInteraction: RecordProfileInteractionPayload;
  /** Records up to 1,000 purchases: all of them, or none with an error per bad field. Idempotent by externalId. */
  recordPurchases: RecordPurchasesPayload;
  /** Records a recovery step taken with a silent lead, so the timing can be learned from what followed. */
  recordRecoveryAttempt: RecoveryAttemptPayload;
  /** Records what followed a recovery attempt: the customer re-engaged (also set by the next recorded profile interaction), bought, or the lead was won. Purchases recorded for the lead and its win within the window already count without it. */
  recordRecoveryOutcome: RecoveryAttemptPayload;
  /** Trains the caller's model now from their won and lost leads, pooled toward the team's. */
  retrainScoringModel: RetrainScoringModelPayload;
  /** Queues retraining: managers and admins of every rep with new outcomes (ORGANIZATION), anyone of their own model (MINE). Poll job(id) for progress. */
  retrainScoringModels: RetrainScoringModelsPayload;
  /** Managers and admins: runs the organization's CTA rules now (they also run nightly at 01:00 UTC). Raises a RENEWAL / RENEWAL_AT_RISK CTA for each account renewing within 90 days whose health is declining, subject to dedup and cooldown. */
  runCtaRules: RunCtaRulesPayload;
  /** Hides a CTA from the queue until a date; it is OPEN again after it. */
  snoozeCta: CtaPayload;
  /** Trains the organization's churn model from its recorded outcomes (managers and admins) and makes it serve predictions; stored predictions are superseded. */
  trainChurnModel: TrainChurnModelPayload;
  /** Changes the caller's own assistant preferences; invalid values change nothing and come back as errors. */
  updateAiPreferences: AiPreferencesPayload;
  /** Changes a lead's fields. Won/lost is recorded with recordConversion. */
  updateLead: UpdateLeadPayload;
  /** Sets the organization's offer policy (managers and admins). Invalid values change nothing and come back as errors. */
  updateOfferPolicy: OfferPolicyPayload;
  /** Managers and admins: changes a playbook's name, tasks or cooldown. CTAs already raised keep their tasks. */
  updatePlaybook: PlaybookPayload;
  /** Replaces the organization's scorecard and rescores every account that has signals (managers and admins; reps get FORBIDDEN). */
  updateScorecard: UpdateScorecardPayload;
  /** Changes a saved segment's name, description or filter. Nothing changes when any part is invalid. */
  updateSegment: SegmentPayload;
  /** Creates the account for a domain, or updates it when the domain is already known. */
  upsertAccount: UpsertAccountPayload;
  /** Creates or replaces (by externalId) up to 1,000 catalog items: all of them, or none with an error per bad field. */
  upsertItems: UpsertItemsPayload;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationActivateScoringModelArgs = {
  version: Scalars['Int']['input'];
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationAssignCtaArgs = {
  input: AssignCtaInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCloseCtaArgs = {
  input: CloseCtaInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCompleteCtaTaskArgs = {
  input: CompleteCtaTaskInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCreateCtaArgs = {
  input: CreateCtaInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCreateLeadsArgs = {
  input: Array<CreateLeadInput>;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCreatePlaybookArgs = {
  input: CreatePlaybookInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationPredictChurnArgs = {
  accountId: Scalars['ID']['input'];
  forceRefresh?: Scalars['Boolean']['input'];
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordAccountHealthArgs = {
  input: RecordAccountHealthInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordAccountOutcomeArgs = {
  input: RecordAccountOutcomeInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordAccountSignalsArgs = {
  input: Array<AccountSignalInput>;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordActivitiesArgs = {
  input: Array<ActivityInput>;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordConversionArgs = {
  input: RecordConversionInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordOfferArgs = {
  input: RecordOfferInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordOfferOutcomeArgs = {
  input: RecordOfferOutcomeInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordProfileInteractionArgs = {
  input: RecordProfileInteractionInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordPurchasesArgs = {
  input: Array<PurchaseInput>;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordRecoveryAttemptArgs = {
  input: RecordRecoveryAttemptInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRecordRecoveryOutcomeArgs = {
  input: RecordRecoveryOutcomeInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationRetrainScoringModelsArgs = {
  scope?: RetrainScope;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationSnoozeCtaArgs = {
  input: SnoozeCtaInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdateAiPreferencesArgs = {
  input: UpdateAiPreferencesInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLeadInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdateOfferPolicyArgs = {
  input: UpdateOfferPolicyInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdatePlaybookArgs = {
  input: UpdatePlaybookInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdateScorecardArgs = {
  input: UpdateScorecardInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpdateSegmentArgs = {
  input: UpdateSegmentInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpsertAccountArgs = {
  input: UpsertAccountInput;
};


/** Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors. */
export type MutationUpsertItemsArgs = {
  input: Array<ItemInput>;
};

/** The recommended next step for the requesting rep on a lead. */
export type NextAction = {
  __typename?: 'NextAction';
  /** What to do. */
  action: ActionType;
  /** When it should be done by; null when nothing is due. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** How urgent it is. */
  priority: Priority;
  /** Why this action, citing the lead's data. */
  reasoning: Scalars['String']['output'];
};

/** A discount offered to a lead on a catalog item, and how it ended. */
export type Offer = {
  __typename?: 'Offer';
  /** The user who approved a discount above the policy's maximum (a role the policy lets approve, recording it); null within the maximum. */
  approvedById?: Maybe<Scalars['String']['output']>;
  /** Fraction off the list price, 0-1 (0.15 is 15% off). */
  discount: Scalars['Float']['output'];
  /** The offer's id. */
  id: Scalars['ID']['output'];
  /** The item offered. */
  item?: Maybe<Item>;
  /** The item offered. */
  itemId: Scalars['ID']['output'];
  /** The lead the offer was made to. */
  lead: Lead;
  /** The lead the offer was made to. */
  leadId: Scalars['ID']['output'];
  /** When the offer was made. */
  madeAt: Scalars['DateTime']['output'];
  /** The user who recorded the offer. */
  madeById: Scalars['String']['output'];
  /** How it ended; null while open. */
  outcome?: Maybe<OfferOutcome>;
  /** When it ended; null while open. */
  outcomeAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Who may approve an offer above the organization's maximum discount. */
export type OfferApproverRole =
  /** Admins only. */
  | 'ADMIN'
  /** Managers and admins. */
  | 'MANAGER';

/** One reason behind a suggested offer. */
export type OfferFactor = {
  __typename?: 'OfferFactor';
  /** What it says for this lead and item, with its numbers. */
  detail: Scalars['String']['output'];
  /** What the factor is. */
  name: Scalars['String']['output'];
};

/** How an offer ended. */
export type OfferOutcome =
  /** The customer took the offer. */
  | 'ACCEPTED'
  /** The customer turned it down. */
  | 'DECLINED'
  /** The offer lapsed without an answer. */
  | 'EXPIRED';

/** Result of recordOffer or recordOfferOutcome: the offer, or null and the reasons nothing changed. */
export type OfferPayload = {
  __typename?: 'OfferPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The offer as stored; null when errors is not empty. */
  offer?: Maybe<Offer>;
};

/** The organization's limits on offers: recorded offers keep them (above the maximum only with approval), suggested offers and bundle prices never leave them. Shares are fractions of the list price. */
export type OfferPolicy = {
  __typename?: 'OfferPolicy';
  /** The largest discount allowed once the margin floor is kept: min(maxDiscount, 1 − costShare − marginFloor). */
  allowedDiscount: Scalars['Float']['output'];
  /** Who may approve (and so record) an offer above maxDiscount; no one may go below the margin floor. */
  approverRole: OfferApproverRole;
  /** The items' unit cost as a share of the list price; 0 counts margins on revenue. */
  costShare: Scalars['Float']['output'];
  /** True while the organization has not set a policy and the default (10% maximum, no floor, managers approve) applies. */
  isDefault: Scalars['Boolean']['output'];
  /** Margin that must remain after the discount, as a share of the list price (0-1). */
  marginFloor: Scalars['Float']['output'];
  /** Largest discount an offer may carry without approval, and the most a suggestion or bundle ever carries (0-1). */
  maxDiscount: Scalars['Float']['output'];
  /** When the policy was last changed; null for the default. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Result of updateOfferPolicy: the policy now in force, or the unchanged one and the reasons nothing changed. */
export type OfferPolicyPayload = {
  __typename?: 'OfferPolicyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The policy in force after the call. */
  policy: OfferPolicy;
};

/** The statuses of a lead still in play. */
export type OpenLeadStatus =
  | 'CONTACTED'
  | 'NEW'
  | 'QUALIFIED';

/** Sort direction. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page; pass endCursor as `after` to fetch them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page, where the connection tracks it; pages are fetched forward only (first, after), so most connections report false. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A persona: a group of customers who behave alike, learned by k-means clustering of behavioural features and named from its centroid. */
export type Persona = {
  __typename?: 'Persona';
  /** A description generated from its strongest traits with the numbers behind them. */
  description: Scalars['String']['output'];
  /** Its index in the organization's current model, largest persona first. */
  index: Scalars['Int']['output'];
  /** A name generated from its two strongest traits. */
  name: Scalars['String']['output'];
  /** What its current members are worth: purchases, conversion rate, average lifetime value. */
  roi?: Maybe<GroupRoi>;
  /** Its share of the profiles when the model was fitted, 0-1. */
  share: Scalars['Float']['output'];
  /** Profiles in it when the model was fitted. */
  size: Scalars['Int']['output'];
  /** Every feature as a trait, strongest (largest |strength|) first. */
  traits: Array<PersonaTrait>;
};

/** The organization's personas and how they were learned. */
export type PersonaSet = {
  __typename?: 'PersonaSet';
  /** When the model was fitted (refitted when the number of profiles changes or after a day). */
  fittedAt: Scalars['DateTime']['output'];
  /** How many personas: the k from 2 to 8 with the highest silhouette. */
  k: Scalars['Int']['output'];
  /** The personas, largest first. */
  personas: Array<Persona>;
  /** Profiles the model was fitted on. */
  profiles: Scalars['Int']['output'];
  /** The silhouette of every k tried. */
  silhouettes: Array<PersonaSilhouette>;
};

/** How k was chosen: the mean silhouette of the clustering with k personas. */
export type PersonaSilhouette = {
  __typename?: 'PersonaSilhouette';
  /** The number of personas tried. */
  k: Scalars['Int']['output'];
  /** Mean silhouette (-1..1) on a fixed sample of up to 800 profiles; higher separates better. */
  silhouette: Scalars['Float']['output'];
};

/** A trait of a persona: one behavioural feature where its members differ from the organization's average. */
export type PersonaTrait = {
  __typename?: 'PersonaTrait';
  /** The members' average in the feature's own unit (when the model was fitted). */
  average: Scalars['Float']['output'];
  /** The feature, e.g. siteVisits or daysSinceActive. */
  feature: Scalars['String']['output'];
  /** How the trait reads, e.g. site visitors or gone quiet. */
  label: Scalars['String']['output'];
  /** Everyone's average in the feature's own unit. */
  overallAverage: Scalars['Float']['output'];
  /** Strength: the persona's centroid minus the average, in standard deviations of the (log) feature; positive is above average. */
  strength: Scalars['Float']['output'];
  /** The feature's unit, e.g. site visits. */
  unit: Scalars['String']['output'];
};

/** The organization's standard work for one kind of call-to-action: the tasks every such CTA gets, and its rule's cooldown. */
export type Playbook = {
  __typename?: 'Playbook';
  /** Days after a CTA of this type and reason closes during which rules, predictions and anomalies do not raise it again for the same account. */
  cooldownDays: Scalars['Int']['output'];
  /** The CTA reason it applies to (one playbook per type and reason). */
  ctaReason: CtaReason;
  /** The CTA type it applies to. */
  ctaType: CtaType;
  /** The playbook's id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. Churn risk response. */
  name: Scalars['String']['output'];
  /** The tasks, in order. */
  tasks: Array<PlaybookTask>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Result of createPlaybook or updatePlaybook: the playbook, or null and the reasons nothing changed. */
export type PlaybookPayload = {
  __typename?: 'PlaybookPayload';
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
  /** The playbook after the call; null when errors is not empty. */
  playbook?: Maybe<Playbook>;
};

/** One step of a playbook. */
export type PlaybookTask = {
  __typename?: 'PlaybookTask';
  /** Days after the CTA is raised that the task is due (0: the same day). */
  dueOffsetDays: Scalars['Int']['output'];
  /** What to do. */
  title: Scalars['String']['output'];
};

/** One step of a playbook. */
export type PlaybookTaskInput = {
  /** Days after the CTA is raised that it is due (0-365). */
  dueOffsetDays: Scalars['Int']['input'];
  /** What to do (1-200 characters). */
  title: Scalars['String']['input'];
};

/** Result of predictChurn. */
export type PredictChurnPayload = {
  __typename?: 'PredictChurnPayload';
  /** Why nothing was predicted; empty on success. */
  errors: Array<UserError>;
  /** True when a valid stored prediction was returned (forceRefresh false). */
  fromStore: Scalars['Boolean']['output'];
  /** The account's ACTIVE prediction after the call. */
  prediction?: Maybe<ChurnPrediction>;
};

/** A model's estimate about a lead, with the factors behind it. */
export type Prediction = {
  __typename?: 'Prediction';
  /** LOW when fewer than 10 leads of the rarer outcome stand behind the model, its 90% interval is wider than 0.4, or the default weights made it; HIGH with at least 30, an interval at most 0.2 wide and a probability at most 0.3 or at least 0.7; MEDIUM otherwise. */
  confidence: Confidence;
  /** The inputs with the largest effect on this prediction, by |contribution|, largest first. Only the 20 largest are kept with each prediction. */
  factors: Array<PredictionFactor>;
  /** The stored prediction's id (one per lead and model). */
  id: Scalars['ID']['output'];
  /** What it predicts. */
  kind: PredictionKind;
  /** The lead it is about. */
  leadId: Scalars['ID']['output'];
  /** The model that made it, e.g. default, org-v3, rep-v2. */
  modelVersion: Scalars['String']['output'];
  /** True when the model serving the requesting rep is their own and measurably differs from the team's (its log-odds on the rep's leads differ by at least 0.25, root mean square). */
  personalized: Scalars['Boolean']['output'];
  /** When it was computed; it is recomputed when the lead or the model changes, and after six hours. */
  predictedAt: Scalars['DateTime']['output'];
  /** Probability between 0 and 1. */
  probability: Scalars['Float']['output'];
  /** Why, in one or two plain sentences with the numbers. */
  reasoning: Scalars['String']['output'];
};


/** A model's estimate about a lead, with the factors behind it. */
export type PredictionFactorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One input's part in a prediction. */
export type PredictionFactor = {
  __typename?: 'PredictionFactor';
  /** The input's effect on this prediction (positive raises it); factors are listed largest first. */
  contribution: Scalars['Float']['output'];
  /** Human label, e.g. property views. */
  label: Scalars['String']['output'];
  /** Feature name, e.g. activity.PROPERTY_VIEW. */
  name: Scalars['String']['output'];
  /** The lead's value of this input in human units (a count, days, a score); null when it has none. */
  value?: Maybe<Scalars['Float']['output']>;
  /** The model's weight on this input. */
  weight: Scalars['Float']['output'];
};

/** What a prediction is about. */
export type PredictionKind =
  | 'CONVERSION';

/** Which response curve a lead's offers follow: the budget in their profile against the organization's median budget. */
export type PriceSensitivityGroup =
  /** The profile's budget is at or above the organization's median. */
  | 'BUDGET_AT_OR_ABOVE_MEDIAN'
  /** The profile's budget is below the organization's median. */
  | 'BUDGET_BELOW_MEDIAN'
  /** The profile states no budget (or there is no profile). */
  | 'BUDGET_UNKNOWN';

/** How urgent a next action or a CTA is, from URGENT down to LOW. */
export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** An item the customer is interested in. */
export type ProfileInterest = {
  __typename?: 'ProfileInterest';
  /** The catalog item this entry names: the organization's item whose externalId (SKU) is itemId; null when its catalog has no such item (another organization's catalog is never searched). */
  item?: Maybe<Item>;
  /** The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item. */
  itemId: Scalars['String']['output'];
  /** How strong the interest is (latest recorded). */
  level: InterestLevel;
  /** The item's name. */
  name: Scalars['String']['output'];
};

/** An item the customer is interested in; repeating it updates the level. */
export type ProfileInterestInput = {
  /** The catalog's id of the item (1-200 characters). */
  itemId: Scalars['String']['input'];
  /** How strong the interest is. */
  level: InterestLevel;
  /** The item's name (1-200 characters). */
  name: Scalars['String']['input'];
};

/** An item (e.g. a property) the customer viewed. */
export type ProfileItemInput = {
  /** The catalog's id of the item (1-200 characters). */
  itemId: Scalars['String']['input'];
  /** The item's name (1-200 characters). */
  name: Scalars['String']['input'];
};

/** An objection the customer raised, counted across sessions. */
export type ProfileObjection = {
  __typename?: 'ProfileObjection';
  /** How many times they raised it. */
  count: Scalars['Int']['output'];
  /** When they last raised it. */
  lastRaisedAt: Scalars['DateTime']['output'];
  /** The kind of objection, e.g. price, location. */
  type: Scalars['String']['output'];
};

/** What the customer has said they want. */
export type ProfilePreferences = {
  __typename?: 'ProfilePreferences';
  /** Amenities they want to avoid. */
  avoidedAmenities: Array<Scalars['String']['output']>;
  /** Highest price they would consider. */
  budgetMax?: Maybe<Scalars['Float']['output']>;
  /** Lowest price they would consider. */
  budgetMin?: Maybe<Scalars['Float']['output']>;
  /** Configurations they want, e.g. 2BHK. */
  configurations: Array<Scalars['String']['output']>;
  /** Locations they want, e.g. Whitefield. */
  locations: Array<Scalars['String']['output']>;
  /** Amenities they insist on. */
  mustHaveAmenities: Array<Scalars['String']['output']>;
};

/** Preferences to merge in: list values are added (without duplicates); a budget given replaces the old one, null clears it. */
export type ProfilePreferencesInput = {
  /** Amenities to avoid, to add. */
  avoidedAmenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Highest price they would consider (≥ budgetMin). */
  budgetMax?: InputMaybe<Scalars['Float']['input']>;
  /** Lowest price they would consider (≥ 0). */
  budgetMin?: InputMaybe<Scalars['Float']['input']>;
  /** Configurations to add, e.g. 2BHK. */
  configurations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Locations to add. */
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Must-have amenities to add. */
  mustHaveAmenities?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An item the customer turned down, and why. */
export type ProfileRejectedItem = {
  __typename?: 'ProfileRejectedItem';
  /** The catalog item this entry names: the organization's item whose externalId (SKU) is itemId; null when its catalog has no such item (another organization's catalog is never searched). */
  item?: Maybe<Item>;
  /** The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item. */
  itemId: Scalars['String']['output'];
  /** The item's name. */
  name: Scalars['String']['output'];
  /** Why they rejected it, in their words or a reason code. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When they (last) rejected it. */
  rejectedAt: Scalars['DateTime']['output'];
};

/** An item the customer turned down. */
export type ProfileRejectedItemInput = {
  /** The catalog's id of the item (1-200 characters). */
  itemId: Scalars['String']['input'];
  /** The item's name (1-200 characters). */
  name: Scalars['String']['input'];
  /** Why they rejected it (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** One sentiment reading from an interaction. */
export type ProfileSentimentPoint = {
  __typename?: 'ProfileSentimentPoint';
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** From -1 (very negative) to 1 (very positive). */
  score: Scalars['Float']['output'];
};

/** A sales stage the customer entered, and when. */
export type ProfileStageChange = {
  __typename?: 'ProfileStageChange';
  /** When the customer entered it. */
  enteredAt: Scalars['DateTime']['output'];
  /** The stage entered, e.g. consideration. */
  stage: Scalars['String']['output'];
};

/** An item (e.g. a property or product) the customer looked at, once per item. */
export type ProfileViewedItem = {
  __typename?: 'ProfileViewedItem';
  /** The catalog item this entry names: the organization's item whose externalId (SKU) is itemId; null when its catalog has no such item (another organization's catalog is never searched). */
  item?: Maybe<Item>;
  /** The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item. */
  itemId: Scalars['String']['output'];
  /** When the customer last viewed it. */
  lastViewedAt: Scalars['DateTime']['output'];
  /** The item's name when last viewed. */
  name: Scalars['String']['output'];
  /** How many times the customer viewed it. */
  viewCount: Scalars['Int']['output'];
};

/** A purchase (order) by the customer behind a lead. */
export type Purchase = {
  __typename?: 'Purchase';
  /** The customer-success account it was bought for, if any. */
  accountId?: Maybe<Scalars['ID']['output']>;
  /** The integration's id of the purchase: recording it again replays, never duplicates. */
  externalId: Scalars['String']['output'];
  /** The purchase's id. */
  id: Scalars['ID']['output'];
  /** The buying lead. */
  lead: Lead;
  /** The buying lead. */
  leadId: Scalars['ID']['output'];
  /** The items bought, in the order recorded. */
  lines: Array<PurchaseLine>;
  /** When the purchase happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Sum of quantity × unit price over the lines. */
  total: Scalars['Float']['output'];
};

/** A purchase to record. Recording an externalId again with the same content replays it; with different content it is refused. */
export type PurchaseInput = {
  /** The account it was bought for (of the caller's organization), if any. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** The integration's id of the purchase (1-200 characters), unique within the organization. */
  externalId: Scalars['String']['input'];
  /** The buying lead (of the caller's organization). */
  leadId: Scalars['ID']['input'];
  /** The items bought (1-100). */
  lines: Array<PurchaseLineInput>;
  /** When it happened; not in the future. */
  occurredAt: Scalars['DateTime']['input'];
};

/** One item of a purchase. */
export type PurchaseLine = {
  __typename?: 'PurchaseLine';
  /** The catalog item bought. */
  item?: Maybe<Item>;
  /** The catalog item bought. */
  itemId: Scalars['ID']['output'];
  /** Units bought (≥ 1). */
  quantity: Scalars['Int']['output'];
  /** Price paid per unit (≥ 0). */
  unitPrice: Scalars['Float']['output'];
};

/** One item of a purchase. */
export type PurchaseLineInput = {
  /** A catalog item of the caller's organization. */
  itemId: Scalars['ID']['input'];
  /** Units bought, 1-1,000,000. */
  quantity: Scalars['Int']['input'];
  /** Price paid per unit, ≥ 0. */
  unitPrice: Scalars['Float']['input'];
};

/** When an open lead is likely to be won: a discrete-time competing-risks model (hazards of being won and of being lost per period of the lead's life, from the period, the profile's sales stage and the lead's source) fitted on the organization's leads with open ones censored. */
export type PurchaseTiming = {
  __typename?: 'PurchaseTiming';
  /** Expected days from now until the lead is won, given it is won within a year; null below a 1% chance of that. */
  expectedDaysToConversion?: Maybe<Scalars['Float']['output']>;
  /** When the organization's model was fitted (refitted when its number of closed leads changes or after a day). */
  fittedAt: Scalars['DateTime']['output'];
  /** The model. */
  model: Scalars['String']['output'];
  /** Probability the lead is won within the next 30 days (0-1), with being lost first as the competing outcome. */
  probabilityWithin30Days: Scalars['Float']['output'];
  /** Probability the lead is won within the next 90 days (0-1). */
  probabilityWithin90Days: Scalars['Float']['output'];
  /** Probability the lead is won within a year of its creation (0-1): the model's horizon. */
  probabilityWithinYear: Scalars['Float']['output'];
};

/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type Query = {
  __typename?: 'Query';
  /** One account of the caller's organization, or null. */
  account?: Maybe<Account>;
  /** The organization's accounts, weakest health first (then by name), a page at a time (at most 100). */
  accounts: AccountConnection;
  /** The organization's language-model calls in [from, to) in every subgraph, grouped (admins only). */
  aiUsage: Array<AiUsageGroup>;
  /** Pairs of items frequently bought in the same purchase (in at least 5 purchases and 0.5% of them), by lift (at most 50), each with a bundle price within the offer policy. */
  bundles: Array<Bundle>;
  /** The organization's newest churn model; null while predictions come from the rules. */
  churnModel?: Maybe<ChurnModelInfo>;
  /** A portfolio churn run of the caller's organization, or null. */
  churnPortfolioJob?: Maybe<ChurnPortfolioJob>;
  /** How the churn predictions made in [from, to) fared against the outcomes recorded within their windows. */
  churnPredictionAccuracy: ChurnPredictionAccuracy;
  /** One CTA of the caller's organization, or null. */
  cta?: Maybe<Cta>;
  /** Per CTA type and playbook with a CTA closed RESOLVED_SUCCESS: the share of accounts that renewed after it, against accounts without one. Outcomes in [from, to] count (default: the 365 days up to now). */
  ctaEffectiveness: Array<CtaEffectiveness>;
  /** The CTA queue, most urgent first (priority, then due date), a page at a time (at most 100). Snoozed CTAs are hidden until their date unless filter.status asks for them. */
  ctas: CtaConnection;
  /** One customer profile of the caller's organization, or null. */
  customerProfile?: Maybe<CustomerProfile>;
  /** The funnel from each lead's status history: how many reached each stage, were won from it, or were lost there. */
  funnel: Array<FunnelStage>;
  /** Open leads with high intent (5 or more by default) who have not scheduled a site visit, highest intent first. */
  highIntentWithoutSiteVisit: CustomerProfileConnection;
  /** HOT customers active within the last days (7 by default), most engaged first. */
  hotLeads: CustomerProfileConnection;
  /** One item of the caller's organization's catalog, or null. */
  item?: Maybe<Item>;
  /** The organization's catalog by name, a page at a time (at most 100 per page). */
  items: ItemConnection;
  /** A job of the caller's organization, or null (a rep's own retraining is visible to that rep, managers and admins only). */
  job?: Maybe<Job>;
  /** One lead of the caller's organization, or null. */
  lead?: Maybe<Lead>;
  /** The organization's leads, a page at a time (at most 100 per page). */
  leads: LeadConnection;
  /** The signed-in user. */
  me: User;
  /** Model metrics over time, for analysts: every trained scoring model version, oldest first, with when it was trained and activated, its training counts and its as-of backtest (AUC, Brier, log loss, calibration error) next to the team's model and the default weights on the same leads. Managers and admins see the organization's versions; reps the team's and their own. */
  modelMetricsHistory: ModelMetricsConnection;
  /** The caller's organization's offer policy (the default until one is set). */
  offerPolicy: OfferPolicy;
  /** The organization's personas, learned from its customer profiles; null with fewer than 30 profiles. */
  personas?: Maybe<PersonaSet>;
  /** The organization's playbooks, by CTA type and reason; the built-in risk, renewal and expansion playbooks are there from the start. */
  playbooks: Array<Playbook>;
  /** The organization's customer profiles, most recently active first (never-active ones last), a page at a time (at most 100). */
  profiles: CustomerProfileConnection;
  /** Abandoned-interest recovery: the organization's open leads who viewed an item at least 3 times or hold a HIGH interest, and have been silent at least silentDays, each with the step due (reminder, alternatives, or an offer within policy) by the organization's learned recovery timing. */
  recoveryCandidates: RecoveryCandidateConnection;
  /** How many days of silence to wait before each recovery phase, learned from the organization's recorded recovery attempts and their outcomes, recorded or derived from the lead's purchases and win within the window (the default while there are too few), with the evidence. */
  recoveryTiming: RecoveryTiming;
  /** Customers who viewed one item repeatedly (3 times by default), most views of one item first. */
  repeatViewers: CustomerProfileConnection;
  /** How the caller's organization computes account health: its own scorecard, or the default. */
  scorecard: Scorecard;
  /** The model serving the caller's predictions: their own, the team's, or the default. */
  scoringModel: ScoringModel;
  /** The caller's own trained models, newest first (active or not). */
  scoringModelHistory: Array<ScoringModel>;
  /** Monthly lead volume or conversion rate with a classical seasonal decomposition (trend, seasonal indices, residual) and a forecast of the next three months with an interval. Managers and admins see the organization; reps their own leads. */
  seasonality: Seasonality;
  /** One saved segment of the caller's organization, or null. */
  segment?: Maybe<Segment>;
  /** The organization's saved segments by name (at most 100). */
  segments: Array<Segment>;
  /** Open leads whose sales stage has not changed for some days (14 by default), longest stuck first. */
  stuckLeads: CustomerProfileConnection;
  /** Lead volume, outcomes and win rate by source, rep or creation month. Managers and admins see the organization; reps their own leads. */
  winRates: Array<WinRateRow>;
  /** The caller's open leads ordered by their own active model (probability, or probability × value), keyset-paginated. Ordered by the stored predictions of the active model version; missing or out-of-date ones are recomputed first. */
  worklist: WorklistConnection;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  first?: Scalars['Int']['input'];
  lifecycleStage?: InputMaybe<LifecycleStage>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryAiUsageArgs = {
  from: Scalars['DateTime']['input'];
  groupBy: AiUsageGrouping;
  to: Scalars['DateTime']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryBundlesArgs = {
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryChurnPortfolioJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryChurnPredictionAccuracyArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryCtaArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryCtaEffectivenessArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryCtasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CtaFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryCustomerProfileArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryFunnelArgs = {
  scope?: InputMaybe<AnalyticsScope>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryHighIntentWithoutSiteVisitArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: HighIntentFilter;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryHotLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: HotLeadsFilter;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ItemFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<LeadOrder>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryModelMetricsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  level?: InputMaybe<ModelLevel>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  temperature?: InputMaybe<Temperature>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryRecoveryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  silentDays?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryRepeatViewersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: RepeatViewersFilter;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryScoringModelHistoryArgs = {
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QuerySeasonalityArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  metric: SeasonalityMetric;
  months?: Scalars['Int']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryStuckLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: StuckLeadsFilter;
  first?: Scalars['Int']['input'];
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryWinRatesArgs = {
  groupBy: AnalyticsGrouping;
  scope?: InputMaybe<AnalyticsScope>;
};


/** Reads, each answered for the caller's organization only: another organization's records look missing. */
export type QueryWorklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorklistFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: WorklistOrder;
};

/** One of the ranked next steps for the requesting rep on a lead, with its estimated effect from the rep's (pooled) history. */
export type RankedNextAction = {
  __typename?: 'RankedNextAction';
  /** What to do. */
  action: ActionType;
  /** When it should be done by; null when nothing is due. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** successProbability minus the lead's probability without the action; null when the history holds too few leads with it (fewer than 3 closed leads). Negative only on the first action: a callback owed, or a drop too small or too uncertain to overrule its rule. */
  lift?: Maybe<Scalars['Float']['output']>;
  /** How urgent it is. */
  priority: Priority;
  /** Why this action, citing the lead's data and the history behind the estimate. Any "moves this lead from X to about Y" in it states this lead's probability and successProbability; when the history puts the action below the lead's chance now, it says so and why the action stands (a callback owed, or a drop too small or too uncertain to overrule the rule); when a rule was passed over because the history says its action lowers wins, it names that action and its numbers. */
  reasoning: Scalars['String']['output'];
  /** Estimated chance the lead is won if the action is taken: the lead's probability moved by the action's odds ratio among the rep's closed leads that were about as old as this lead and still open a week later (won with it in that week vs without it, pooled toward the team). Associational, not a controlled experiment. */
  successProbability: Scalars['Float']['output'];
};

/** A catalog item recommended for a lead, and why. */
export type RecommendedItem = {
  __typename?: 'RecommendedItem';
  /** The item. */
  item: Item;
  /** Why, with the counts behind it, e.g. "Bought together with Modular Kitchen by 41 of 120 buyers of Modular Kitchen". */
  reason: Scalars['String']['output'];
  /** Ranking score: similarity to what the lead bought (weight 1) and viewed (0.5), plus 0.25 for a preference match (−0.25 when well over budget). */
  score: Scalars['Float']['output'];
};

/** A health score measured for an account. */
export type RecordAccountHealthInput = {
  /** The account measured. */
  accountId: Scalars['ID']['input'];
  /** When it was measured (default: now); past points may be backfilled. */
  recordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Health score, 0-100. */
  score: Scalars['Int']['input'];
};

/** Result of recordAccountHealth: the account and the point recorded, or the reasons nothing changed. */
export type RecordAccountHealthPayload = {
  __typename?: 'RecordAccountHealthPayload';
  /** The account after the call (its healthScore changes only when the point is its newest). */
  account?: Maybe<Account>;
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
  /** The point recorded. */
  point?: Maybe<AccountHealthPoint>;
};

/** The end of an account's renewal period. */
export type RecordAccountOutcomeInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** Client-chosen key (1-200 characters); retrying with the same key never records twice. */
  idempotencyKey: Scalars['String']['input'];
  /** When it happened (default: now; not in the future). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How the period ended. */
  outcome: AccountOutcome;
};

/** Result of recordAccountOutcome: the account and the outcome, or the reasons nothing changed. */
export type RecordAccountOutcomePayload = {
  __typename?: 'RecordAccountOutcomePayload';
  /** The account after the call (lifecycle and renewal date updated). */
  account?: Maybe<Account>;
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
  /** The outcome recorded, or recorded earlier with the same key. */
  outcome?: Maybe<AccountOutcomeRecord>;
  /** True when this call repeated an earlier one with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** Result of recordAccountSignals: every signal recorded, or none and the reasons. */
export type RecordAccountSignalsPayload = {
  __typename?: 'RecordAccountSignalsPayload';
  /** The accounts touched, with their health recomputed from the scorecard. */
  accounts: Array<Account>;
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
  /** How many signals were recorded (0 when errors is not empty). */
  recordedCount: Scalars['Int']['output'];
};

/** Result of recordActivities: every row recorded, or none and the reasons. */
export type RecordActivitiesPayload = {
  __typename?: 'RecordActivitiesPayload';
  /** Why the input was rejected, one per bad field; empty on success. */
  errors: Array<UserError>;
  /** The leads touched, with their updated scores. */
  leads: Array<Lead>;
  /** How many activities were recorded: the whole input, or 0. */
  recordedCount: Scalars['Int']['output'];
};

/** The outcome of one lead. */
export type RecordConversionInput = {
  /** Client-chosen key; retrying with the same key never records twice. */
  idempotencyKey: Scalars['String']['input'];
  /** The lead that closed (a UUID). */
  leadId: Scalars['ID']['input'];
  /** When the deal closed (default: now). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whether it was won or lost. */
  outcome: ConversionOutcome;
};

/** Result of recordConversion: the closed lead and its conversion, or the reasons nothing was recorded. */
export type RecordConversionPayload = {
  __typename?: 'RecordConversionPayload';
  /** The recorded outcome (the earlier one on a replay); null when errors is not empty. */
  conversion?: Maybe<Conversion>;
  /** Why nothing was recorded; empty on success. */
  errors: Array<UserError>;
  /** The lead, now WON or LOST; null when errors is not empty. */
  lead?: Maybe<Lead>;
  /** True when this call repeated an earlier one with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** A discount offered to a lead on an item. */
export type RecordOfferInput = {
  /** Fraction off the list price, 0-1. */
  discount: Scalars['Float']['input'];
  /** The catalog item (of the caller's organization). */
  itemId: Scalars['ID']['input'];
  /** The lead (of the caller's organization). */
  leadId: Scalars['ID']['input'];
  /** When the offer was made (default: now); not in the future. */
  madeAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How an offer ended. Recording the same outcome again replays; another outcome is refused. */
export type RecordOfferOutcomeInput = {
  /** When it ended (default: now); not before the offer, not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The offer (of the caller's organization). */
  offerId: Scalars['ID']['input'];
  /** ACCEPTED, DECLINED or EXPIRED. */
  outcome: OfferOutcome;
};

/** Something that happened with the customer behind a lead. Every part is optional; all parts are applied together, or none. */
export type RecordProfileInteractionInput = {
  /** True when they downloaded a brochure. */
  brochureDownloaded?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when they requested a callback. */
  callbackRequested?: InputMaybe<Scalars['Boolean']['input']>;
  /** The sales stage they are now in (1-50 characters); a change is added to the stage history. */
  currentStage?: InputMaybe<Scalars['String']['input']>;
  /** How frustrated the customer was in this interaction, from 0 (calm) to 1 (very frustrated), as the conversation's analysis rated it; replaces the last reading. */
  frustration?: InputMaybe<Scalars['Float']['input']>;
  /** An item they are interested in (lifts an earlier rejection). */
  interest?: InputMaybe<ProfileInterestInput>;
  /** The lead (of the caller's organization) whose profile to update; the profile is created on first use. */
  leadId: Scalars['ID']['input'];
  /** True when this starts a new session (visit or conversation). */
  newSession?: InputMaybe<Scalars['Boolean']['input']>;
  /** An objection they raised, e.g. price (1-100 characters); its count goes up by one. */
  objection?: InputMaybe<Scalars['String']['input']>;
  /** The customer's phone number, replacing the one remembered: at most 32 characters, an international number (+ or 00, the country code, the number; 8-15 digits in all) where spaces, dots, hyphens and parentheses are allowed; stored in E.164, e.g. +919876543210. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Preferences to merge in. */
  preferences?: InputMaybe<ProfilePreferencesInput>;
  /** An item they rejected (removes it from their interests). */
  rejectedItem?: InputMaybe<ProfileRejectedItemInput>;
  /** Sentiment of this interaction, from -1 to 1. */
  sentiment?: InputMaybe<Scalars['Float']['input']>;
  /** True when they scheduled a site visit. */
  siteVisitScheduled?: InputMaybe<Scalars['Boolean']['input']>;
  /** An item they viewed: its view count goes up by one; at 3 views it becomes a HIGH interest unless they rejected it. */
  viewedItem?: InputMaybe<ProfileItemInput>;
};

/** Result of recordProfileInteraction: the updated profile, or null and the reasons nothing changed. */
export type RecordProfileInteractionPayload = {
  __typename?: 'RecordProfileInteractionPayload';
  /** Why the interaction was rejected; empty on success. */
  errors: Array<UserError>;
  /** The profile after the interaction; null when errors is not empty. */
  profile?: Maybe<CustomerProfile>;
};

/** Result of recordPurchases: every purchase recorded (or replayed), or none and the reasons. */
export type RecordPurchasesPayload = {
  __typename?: 'RecordPurchasesPayload';
  /** Purchases this call recorded. */
  createdCount: Scalars['Int']['output'];
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The purchases in input order; empty when errors is not. */
  purchases: Array<Purchase>;
  /** Purchases recorded before with the same externalId and content (replays). */
  replayedCount: Scalars['Int']['output'];
};

/** A recovery step taken with a silent lead. */
export type RecordRecoveryAttemptInput = {
  /** When it was taken (default: now); not in the future. */
  attemptedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The lead (of the caller's organization). */
  leadId: Scalars['ID']['input'];
  /** The step taken. */
  phase: RecoveryPhase;
  /** Whole days the lead had been silent then (0-3650); default: counted from the profile's lastActiveAt, which must then be no later than attemptedAt. */
  silentDays?: InputMaybe<Scalars['Int']['input']>;
};

/** What followed a recovery attempt. Each outcome is recorded once; the same outcome at the same time again is a replay. */
export type RecordRecoveryOutcomeInput = {
  /** The attempt (of the caller's organization). */
  attemptId: Scalars['ID']['input'];
  /** When it happened (default: now); not before the attempt, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** RE_ENGAGED, PURCHASED or CONVERTED. */
  outcome: RecoveryOutcome;
};

/** A recovery step taken with a silent lead, and what followed. */
export type RecoveryAttempt = {
  __typename?: 'RecoveryAttempt';
  /** When it was taken. */
  attemptedAt: Scalars['DateTime']['output'];
  /** When the lead was won after it: the earlier of the time recorded with recordRecoveryOutcome and the lead's win (its close time) within 14 days after the attempt; null without either. */
  convertedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The attempt's id. */
  id: Scalars['ID']['output'];
  /** The lead. */
  lead: Lead;
  /** The step taken. */
  phase: RecoveryPhase;
  /** When the customer first bought after it: the earlier of the time recorded with recordRecoveryOutcome and the lead's first purchase (recordPurchases) within 14 days after the attempt; null without either. */
  purchasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the customer was first active again after it; null until then. */
  reEngagedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whole days the lead had been silent then. */
  silentDays: Scalars['Int']['output'];
  /** True when an outcome came within 14 days of the attempt; false once 14 days passed without one; null while the window is open. */
  worked?: Maybe<Scalars['Boolean']['output']>;
};

/** Result of recordRecoveryAttempt or recordRecoveryOutcome: the attempt, or null and why nothing was written. */
export type RecoveryAttemptPayload = {
  __typename?: 'RecoveryAttemptPayload';
  /** The attempt as stored; null when errors is not empty. */
  attempt?: Maybe<RecoveryAttempt>;
  /** Why the input was refused; empty on success. */
  errors: Array<UserError>;
};

/** A lead who showed repeated interest (an item viewed at least 3 times, or a HIGH interest) and then went silent, with the recovery step due. */
export type RecoveryCandidate = {
  __typename?: 'RecoveryCandidate';
  /** ALTERNATIVES phase: up to 3 other items from the recommender (never a rejected or bought one); empty in the other phases. */
  alternatives: Array<RecommendedItem>;
  /** Whole days since then. */
  daysSilent: Scalars['Int']['output'];
  /** True when the lead has been silent at least the phase's wait; false when listed only because silentDays is shorter than the first wait. */
  due: Scalars['Boolean']['output'];
  /** What they were interested in: the most viewed item seen at least 3 times, else the first HIGH interest. */
  interest: RecoveryInterest;
  /** When the customer was last active (the profile's lastActiveAt). */
  lastActiveAt: Scalars['DateTime']['output'];
  /** The lead. */
  lead: Lead;
  /** OFFER phase: the suggested offer on the item, from the same service as Lead.suggestedOffer, so within the offer policy; null in the other phases or when the item is not in the catalog. */
  offer?: Maybe<SuggestedOffer>;
  /** The phase the silence puts the lead in: the last whose learned wait has passed (REMINDER when none has). */
  phase: RecoveryPhase;
  /** The recovery step in words, naming the item and the evidence. */
  step: Scalars['String']['output'];
  /** The phase's wait and why: learned from the organization's recovery outcomes, with the evidence, or the default. */
  timing: RecoveryPhaseTiming;
};

/** A page of recovery candidates (Relay connection), most recently active first. */
export type RecoveryCandidateConnection = {
  __typename?: 'RecoveryCandidateConnection';
  /** The candidates on this page with their cursors. */
  edges: Array<RecoveryCandidateEdge>;
  /** The candidates on this page (the edges' nodes). */
  nodes: Array<RecoveryCandidate>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
};

/** A recovery candidate on a page, with its cursor. */
export type RecoveryCandidateEdge = {
  __typename?: 'RecoveryCandidateEdge';
  /** Pass as `after` to continue after this candidate. */
  cursor: Scalars['String']['output'];
  /** The candidate. */
  node: RecoveryCandidate;
};

/** The item a silent lead showed repeated interest in. */
export type RecoveryInterest = {
  __typename?: 'RecoveryInterest';
  /** The item's externalId, as the profile names it. */
  externalId: Scalars['String']['output'];
  /** The catalog item, when the organization's catalog has it. */
  item?: Maybe<Item>;
  /** The interest level the profile holds for it, if any. */
  level?: Maybe<InterestLevel>;
  /** The item's name, as the profile remembers it. */
  name: Scalars['String']['output'];
  /** How often the lead viewed it (0 when only marked a HIGH interest). */
  viewCount: Scalars['Int']['output'];
};

/** What followed a recovery attempt. */
export type RecoveryOutcome =
  /** The lead was won (also derived from the lead being won within 14 days after the attempt). */
  | 'CONVERTED'
  /** The customer bought something (also derived from a purchase recorded for the lead within 14 days after the attempt). */
  | 'PURCHASED'
  /** The customer was active again (set automatically by the next recorded profile interaction). */
  | 'RE_ENGAGED';

/** A step of abandoned-interest recovery, in the order taken; when each is due is learned from the organization's recovery outcomes (recoveryTiming). */
export type RecoveryPhase =
  /** Suggest alternative items (default: from 30 days). */
  | 'ALTERNATIVES'
  /** An offer on the item within the offer policy (default: from 60 days). */
  | 'OFFER'
  /** Remind them of the item (default: from 14 days of silence). */
  | 'REMINDER';

/** How long to wait before a recovery phase's step, learned from the organization's recorded recovery attempts and their outcomes. */
export type RecoveryPhaseTiming = {
  __typename?: 'RecoveryPhaseTiming';
  /** The evidence: the phase's attempts whose outcome is known (they worked, or the window passed). */
  attempts: Scalars['Int']['output'];
  /** The attempts by range of silence, shortest first. */
  buckets: Array<RecoveryWaitBucket>;
  /** The documented default wait, used until there is evidence enough. */
  defaultWaitDays: Scalars['Int']['output'];
  /** The chosen range's shrunk success rate; null when the default was kept. */
  expectedSuccessRate?: Maybe<Scalars['Float']['output']>;
  /** True when waitDays was learned: at least 30 attempts of the phase with a known outcome, and a range with at least 5. */
  learned: Scalars['Boolean']['output'];
  /** The phase. */
  phase: RecoveryPhase;
  /** Why this wait, with the evidence count, e.g. “7 days, learned from 120 reminders with a known outcome: …”. */
  reason: Scalars['String']['output'];
  /** The phase's overall success rate; null without attempts. */
  successRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, how many worked. */
  successes: Scalars['Int']['output'];
  /** Days of silence after which the step is due. */
  waitDays: Scalars['Int']['output'];
};

/** The organization's recovery timing: each phase's wait, in phase order. */
export type RecoveryTiming = {
  __typename?: 'RecoveryTiming';
  /** REMINDER, ALTERNATIVES, OFFER; each waits longer than the one before. */
  phases: Array<RecoveryPhaseTiming>;
  /** Days after an attempt within which re-engaging, buying or converting counts as it having worked. */
  windowDays: Scalars['Int']['output'];
};

/** The recorded attempts of a phase taken after a range of silence, and how many worked. */
export type RecoveryWaitBucket = {
  __typename?: 'RecoveryWaitBucket';
  /** Attempts in the range whose outcome is known. */
  attempts: Scalars['Int']['output'];
  /** The rate shrunk toward the phase's overall rate (a prior worth 10 attempts): what the wait is chosen by. */
  estimatedRate: Scalars['Float']['output'];
  /** First day of silence in the range (the wait this range stands for). */
  fromDays: Scalars['Int']['output'];
  /** successes / attempts; null without attempts. */
  successRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, how many worked (re-engaged, bought or converted within 14 days). */
  successes: Scalars['Int']['output'];
  /** First day after the range; null for the last range. */
  toDays?: Maybe<Scalars['Int']['output']>;
};

/** Accounts with a renewal outcome, and how many of them stayed. */
export type RenewalCount = {
  __typename?: 'RenewalCount';
  /** Accounts counted. */
  accounts: Scalars['Int']['output'];
  /** renewed / accounts; null without accounts. */
  renewalRate?: Maybe<Scalars['Float']['output']>;
  /** Of them, accounts that stayed: RENEWED, EXPANDED or CONTRACTED (anything but CHURNED). */
  renewed: Scalars['Int']['output'];
};

/** Which repeat viewers to list. */
export type RepeatViewersFilter = {
  /** Only customers who viewed one item at least this many times (1-1000). */
  minViews?: Scalars['Int']['input'];
};

/** Whose models to retrain. */
export type RetrainScope =
  /** The caller's own model (anyone): the same training as retrainScoringModel, as a job whose progress can be polled. */
  | 'MINE'
  /** Every rep with outcomes newer than their latest model, or with outcomes and no model yet (managers and admins). */
  | 'ORGANIZATION';

/** Result of retraining the caller's model. */
export type RetrainScoringModelPayload = {
  __typename?: 'RetrainScoringModelPayload';
  /** False when the new model did worse on held-out leads and the previous one stays active. */
  activated: Scalars['Boolean']['output'];
  /** Why no model was trained (NO_TRAINING_DATA, TRAINING_FAILED); empty otherwise. */
  errors: Array<UserError>;
  /** What changed, in words. */
  improvements: Array<Scalars['String']['output']>;
  /** The newly trained model, activated or not; null when the caller has no won or lost leads yet or training failed. */
  model?: Maybe<ScoringModel>;
  /** The new model's weights (the team's when the caller has no won or lost leads yet; the old ones when training failed). */
  newWeights: Array<ModelWeight>;
  /** The weights serving the caller before: their previous model's, else the team's, else the default. */
  oldWeights: Array<ModelWeight>;
  /** Why the new model was or was not activated, or why none was trained; empty when training failed. */
  reason: Scalars['String']['output'];
  /** Leads the new model trained on; 0 when none was trained. */
  sampleSize: Scalars['Int']['output'];
};

/** Result of retrainScoringModels: the job to poll. */
export type RetrainScoringModelsPayload = {
  __typename?: 'RetrainScoringModelsPayload';
  /** Reserved for rejected input; empty today (a rep's call is refused with a FORBIDDEN error instead). */
  errors: Array<UserError>;
  /** The queued job (or the one already queued or running for the same scope: the organization, or the caller's own model). */
  job?: Maybe<Job>;
};

/** Churn risk band of a probability of churn within the window. */
export type RiskCategory =
  /** 0.60 or more; raises an URGENT RISK / CHURN_RISK_HIGH CTA. */
  | 'CRITICAL'
  /** 0.35 to below 0.60; raises a RISK / CHURN_RISK_HIGH CTA. */
  | 'HIGH'
  /** Below 0.15. */
  | 'LOW'
  /** 0.15 to below 0.35. */
  | 'MEDIUM';

/** What one run of the organization's CTA rules did. */
export type RunCtaRulesPayload = {
  __typename?: 'RunCtaRulesPayload';
  /** Accounts the rules looked at (renewal within 90 days, not churned). */
  accountsChecked: Scalars['Int']['output'];
  /** Accounts that qualified but already had the CTA open. */
  alreadyOpen: Scalars['Int']['output'];
  /** Always empty; kept for the payload convention. */
  errors: Array<UserError>;
  /** Accounts that qualified but whose CTA was closed within its cooldown. */
  inCooldown: Scalars['Int']['output'];
  /** CTAs raised. */
  raised: Scalars['Int']['output'];
};

/** How the organization computes account health from signals: named measures with weights. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** True while the organization has not set its own scorecard and uses the default. */
  isDefault: Scalars['Boolean']['output'];
  /** The measures weighed, in the order set. */
  measures: Array<ScorecardMeasureWeight>;
  /** When it was last changed; null for the default. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A measure of account health, scored 0-100 from the account's signals (formulas in the README, section Customer success). */
export type ScorecardMeasure =
  /** Distinct features used (FEATURE_USE detail) in the last 90 days: 20 per feature, at most 100. */
  | 'ADOPTION_BREADTH'
  /** Days since the last login or CSM activity: 100 × (1 − days / 90), at least 0. */
  | 'ENGAGEMENT_RECENCY'
  /** The latest NPS (× 10) and CSAT ((answer − 1) × 25) answers of the last 365 days, averaged; 50 without answers. */
  | 'SENTIMENT'
  /** Tickets in the last 30 days: 100 − 10 per ticket opened − 20 per ticket escalated, at least 0. */
  | 'SUPPORT_LOAD'
  /** Logins and active users per day in the last 30 days against the 60 days before: 100 × min(1, recent / previous). */
  | 'USAGE_TREND';

/** A measure and its weight. */
export type ScorecardMeasureInput = {
  /** The measure; each at most once. */
  measure: ScorecardMeasure;
  /** Weight, 0-100; at least one measure needs a positive weight. */
  weight: Scalars['Float']['input'];
};

/** A measure of the scorecard and its weight. */
export type ScorecardMeasureWeight = {
  __typename?: 'ScorecardMeasureWeight';
  /** The measure (its formula is in the enum's description). */
  measure: ScorecardMeasure;
  /** Its weight, 0-100; health is the weighted mean of the measures. */
  weight: Scalars['Float']['output'];
};

/** A conversion model: the default weights, the team's model, or a rep's own. */
export type ScoringModel = {
  __typename?: 'ScoringModel';
  /** Whether this model serves the owner's predictions now. */
  active: Scalars['Boolean']['output'];
  /** Held-out metrics from its training, with the baselines on the same leads. */
  evaluation?: Maybe<ModelEvaluation>;
  /** Null for the default model. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Whose data it learned from. */
  level: ModelLevel;
  /** What this model is, in a sentence. */
  message: Scalars['String']['output'];
  /** Why it was or was not activated. */
  notes?: Maybe<Scalars['String']['output']>;
  /** True when the rep's own outcomes moved this model measurably away from the team's: its log-odds on the rep's own leads differ from the team model's by at least 0.25 (root mean square, about six points at 50%). */
  personalized: Scalars['Boolean']['output'];
  /** Of them, won within the horizon of a snapshot. */
  positives: Scalars['Int']['output'];
  /** Leads of the owner it trained on (each as it stood at the ages it was open). */
  sampleSize: Scalars['Int']['output'];
  /** When it was trained; null for the default model. */
  trainedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Version per owner, counting up from 1; null for the default model. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Weights, largest magnitude first. */
  weights: Array<ModelWeight>;
};

/** A forecast month with its interval. */
export type SeasonalForecast = {
  __typename?: 'SeasonalForecast';
  /** Upper end of the 95% interval, value + the same spread (clipped to the metric's range). */
  high: Scalars['Float']['output'];
  /** Lower end of the 95% interval: value − Student's t × the standard deviation of the forecast's error, which adds the month's noise (scaled to its level; for lead volumes at least Poisson) to the error of the estimated trend line and seasonal index, all from the months before the forecast (95–96% of actuals fell inside in the rolling-origin benchmark). Clipped to the metric's range. */
  low: Scalars['Float']['output'];
  /** The month forecast, YYYY-MM in UTC: the current month and the two after it. */
  month: Scalars['String']['output'];
  /** The trend line extended to this month × its seasonal index (clipped to the metric's range). */
  value: Scalars['Float']['output'];
};

/** One month of a seasonality series with its decomposition. */
export type SeasonalMonth = {
  __typename?: 'SeasonalMonth';
  /** What the value is counted from: leads created (LEAD_VOLUME) or leads closed (CONVERSION_RATE). */
  count: Scalars['Int']['output'];
  /** The month, YYYY-MM in UTC. */
  month: Scalars['String']['output'];
  /** value − trend × seasonalIndex, in the metric's units; null where the trend is. */
  residual?: Maybe<Scalars['Float']['output']>;
  /** The seasonal index of this month of year (1 = an average month, 1.2 = 20% above the trend); null without a decomposition. */
  seasonalIndex?: Maybe<Scalars['Float']['output']>;
  /** Trend: the centred 12-month moving average; null for the first and last six months of the decomposed run, or without a decomposition. */
  trend?: Maybe<Scalars['Float']['output']>;
  /** The metric's value; null for a conversion rate in a month without closes. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A monthly series, its classical seasonal decomposition and a 3-month forecast. Reps see their own leads; managers and admins the organization. */
export type Seasonality = {
  __typename?: 'Seasonality';
  /** The catalog category it is limited to (the category of the item each lead first showed interest in: its earliest offer or purchase); null for every lead. */
  category?: Maybe<Scalars['String']['output']>;
  /** The next three months; empty without a decomposition. */
  forecast: Array<SeasonalForecast>;
  /** What the series measures. */
  metric: SeasonalityMetric;
  /** Why there is no decomposition or forecast, when there is none. */
  note?: Maybe<Scalars['String']['output']>;
  /** Standard deviation of the residuals, in the metric's units; null without a decomposition. */
  residualSd?: Maybe<Scalars['Float']['output']>;
  /** The twelve seasonal indices, January first; null when there are fewer than 24 consecutive months with data. */
  seasonalIndices?: Maybe<Array<MonthOfYearIndex>>;
  /** The complete months asked for, oldest first, starting at the first month with data. */
  series: Array<SeasonalMonth>;
  /** The lead source it is limited to; null for every source. */
  source?: Maybe<Scalars['String']['output']>;
};

/** What a seasonality series measures per month (UTC). */
export type SeasonalityMetric =
  /** Of the leads closed in the month (by close time), the share won; null in a month without closes. */
  | 'CONVERSION_RATE'
  /** Leads created in the month. */
  | 'LEAD_VOLUME';

/** A saved dynamic segment: a named filter over the organization's customer profiles whose members are computed when asked. */
export type Segment = {
  __typename?: 'Segment';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById: Scalars['String']['output'];
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Who belongs to it. */
  filter: SegmentFilter;
  /** The segment's id. */
  id: Scalars['ID']['output'];
  /** How many customer profiles match the filter now. */
  memberCount: Scalars['Int']['output'];
  /** The customers in the segment now, most engaged first. */
  members: CustomerProfileConnection;
  /** Its name, unique in the organization. */
  name: Scalars['String']['output'];
  /** What the current members are worth: purchases, conversion rate, average lifetime value. */
  roi: GroupRoi;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A saved dynamic segment: a named filter over the organization's customer profiles whose members are computed when asked. */
export type SegmentMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A condition on one of the lead's custom attributes: its value is one of `values`, or a number within [min, max]. */
export type SegmentAttributeCondition = {
  __typename?: 'SegmentAttributeCondition';
  /** The attribute's key, e.g. region (1-100 characters). */
  key: Scalars['String']['output'];
  /** The value must be a number at most this. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The value must be a number at least this. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The value (as text) must be one of these (1-50 values of 1-200 characters). */
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** A condition on one of the lead's custom attributes: give `values`, or `min` and/or `max`. */
export type SegmentAttributeConditionInput = {
  /** The attribute's key, e.g. region (1-100 characters). */
  key: Scalars['String']['input'];
  /** The value must be a number at most this. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** The value must be a number at least this. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** The value (as text) must be one of these (1-50 values of 1-200 characters). */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Who belongs to a segment: every condition given must hold; a list matches any of its values. */
export type SegmentFilter = {
  __typename?: 'SegmentFilter';
  /** Last active within this many days (1-3650). */
  activeWithinDays?: Maybe<Scalars['Int']['output']>;
  /** Conditions on the lead's custom attributes (at most 20), all of which must hold. */
  attributes?: Maybe<Array<SegmentAttributeCondition>>;
  /** Not active for at least this many days, or never (1-3650). */
  inactiveForDays?: Maybe<Scalars['Int']['output']>;
  /** Engagement score at most this (0-10). */
  maxEngagement?: Maybe<Scalars['Float']['output']>;
  /** Intent score at most this (0-10). */
  maxIntent?: Maybe<Scalars['Float']['output']>;
  /** Modelled lifetime value (expected revenue over the next 365 days) at most this (≥ 0); as minLifetimeValue, leads without one never match. */
  maxLifetimeValue?: Maybe<Scalars['Float']['output']>;
  /** Revenue to date from the lead's recorded purchases at most this (≥ 0). */
  maxRevenue?: Maybe<Scalars['Float']['output']>;
  /** Engagement score at least this (0-10). */
  minEngagement?: Maybe<Scalars['Float']['output']>;
  /** Intent score at least this (0-10). */
  minIntent?: Maybe<Scalars['Float']['output']>;
  /** Modelled lifetime value at least this (≥ 0): the lead's expected revenue over the next 365 days, as CustomerProfile.lifetimeValue's expectedRevenue gives it, computed when the segment is read from the purchases recorded by then. A lead without purchases, or an organization without a fitted model, has no lifetime value and matches no lifetime-value bound. */
  minLifetimeValue?: Maybe<Scalars['Float']['output']>;
  /** Revenue to date from the lead's recorded purchases at least this (lifetime value realized so far; ≥ 0). */
  minRevenue?: Maybe<Scalars['Float']['output']>;
  /** The lead's source is one of these (1-50 values). */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  /** The profile's current sales stage is one of these (1-50 values). */
  stages?: Maybe<Array<Scalars['String']['output']>>;
  /** The lead's status is one of these. */
  statuses?: Maybe<Array<LeadStatus>>;
  /** The profile's temperature is one of these. */
  temperatures?: Maybe<Array<Temperature>>;
};

/** Who belongs to a segment: every condition given must hold; a list matches any of its values. An empty filter holds everyone with a profile. */
export type SegmentFilterInput = {
  /** Last active within this many days (1-3650). */
  activeWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Conditions on the lead's custom attributes (at most 20), all of which must hold. */
  attributes?: InputMaybe<Array<SegmentAttributeConditionInput>>;
  /** Not active for at least this many days, or never (1-3650). */
  inactiveForDays?: InputMaybe<Scalars['Int']['input']>;
  /** Engagement score at most this (0-10). */
  maxEngagement?: InputMaybe<Scalars['Float']['input']>;
  /** Intent score at most this (0-10). */
  maxIntent?: InputMaybe<Scalars['Float']['input']>;
  /** Modelled lifetime value (expected revenue over the next 365 days) at most this (≥ 0); as minLifetimeValue, leads without one never match. */
  maxLifetimeValue?: InputMaybe<Scalars['Float']['input']>;
  /** Revenue to date from the lead's recorded purchases at most this (≥ 0). */
  maxRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** Engagement score at least this (0-10). */
  minEngagement?: InputMaybe<Scalars['Float']['input']>;
  /** Intent score at least this (0-10). */
  minIntent?: InputMaybe<Scalars['Float']['input']>;
  /** Modelled lifetime value at least this (≥ 0): the lead's expected revenue over the next 365 days, as CustomerProfile.lifetimeValue's expectedRevenue gives it, computed when the segment is read from the purchases recorded by then. A lead without purchases, or an organization without a fitted model, has no lifetime value and matches no lifetime-value bound. */
  minLifetimeValue?: InputMaybe<Scalars['Float']['input']>;
  /** Revenue to date from the lead's recorded purchases at least this (lifetime value realized so far; ≥ 0). */
  minRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** The lead's source is one of these (1-50 values). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The profile's current sales stage is one of these (1-50 values). */
  stages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The lead's status is one of these. */
  statuses?: InputMaybe<Array<LeadStatus>>;
  /** The profile's temperature is one of these. */
  temperatures?: InputMaybe<Array<Temperature>>;
};

/** Result of createSegment or updateSegment: the segment, or null and the reasons. */
export type SegmentPayload = {
  __typename?: 'SegmentPayload';
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
  /** The segment as saved; null when errors is not empty. */
  segment?: Maybe<Segment>;
};

/** Hides a CTA from the queue until a date. */
export type SnoozeCtaInput = {
  /** The CTA. */
  ctaId: Scalars['ID']['input'];
  /** When it returns to the queue: in the future, at most 365 days ahead. */
  until: Scalars['DateTime']['input'];
};

/** Which stuck leads to list. */
export type StuckLeadsFilter = {
  /** Only leads in one of these stages (e.g. consideration). */
  stages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only open leads whose stage has not changed for at least this many days (1-3650). */
  stuckForDays?: Scalars['Int']['input'];
};

/** A discount to offer a lead on an item: the one within the organization's offer policy with the largest expected margin under the learned response to past offers of the lead's price-sensitivity group. */
export type SuggestedOffer = {
  __typename?: 'SuggestedOffer';
  /** Estimated chance the offer is accepted at this discount; null without a response curve. */
  acceptanceProbability?: Maybe<Scalars['Float']['output']>;
  /** Estimated chance an offer without a discount is accepted; null without a response curve. */
  baselineAcceptanceProbability?: Maybe<Scalars['Float']['output']>;
  /** Suggested discount, a fraction of the list price; never above the policy's allowed discount (0 when there is no response curve yet). */
  discount: Scalars['Float']['output'];
  /** acceptanceProbability − baselineAcceptanceProbability: the expected conversion lift of the discount. */
  expectedConversionLift?: Maybe<Scalars['Float']['output']>;
  /** Expected margin per unit of list price: acceptance × (1 − discount − costShare). */
  expectedMargin?: Maybe<Scalars['Float']['output']>;
  /** Why this discount: the lead's group, the learned response, the policy and any stock note. */
  factors: Array<OfferFactor>;
  /** The item the offer is for. */
  item: Item;
  /** The policy the suggestion respects. */
  policy: OfferPolicy;
  /** The price after the discount. */
  price: Scalars['Float']['output'];
  /** The lead's price-sensitivity group, whose curve was used. */
  priceSensitivityGroup: PriceSensitivityGroup;
  /** A true scarcity note ("Only 2 left") when the item's tracked stock is 5 or fewer; otherwise null, never invented. */
  scarcity?: Maybe<Scalars['String']['output']>;
};

/** How ready a customer is to buy, from engagement + intent (0-20). */
export type Temperature =
  /** Below 10: nurture. */
  | 'COLD'
  /** 15 or more: follow up immediately. */
  | 'HOT'
  /** 10 up to 15: follow up within 24 hours. */
  | 'WARM';

/** Result of trainChurnModel. */
export type TrainChurnModelPayload = {
  __typename?: 'TrainChurnModelPayload';
  /** Why nothing was trained (NO_TRAINING_DATA); empty on success. */
  errors: Array<UserError>;
  /** The new model, now serving predictions. */
  model?: Maybe<ChurnModelInfo>;
};

/** A change to the caller's assistant preferences: omitted fields keep their values. */
export type UpdateAiPreferencesInput = {
  /** Show next actions. */
  autoSuggestActions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Instructions to the language model, at most 500 characters; an empty string clears them. */
  customInstructions?: InputMaybe<Scalars['String']['input']>;
  /** How often insights are delivered. */
  insightFrequency?: InputMaybe<InsightFrequency>;
  /** Preferred contact hours; an explicit null clears them. */
  preferredContactHours?: InputMaybe<ContactHoursInput>;
  /** Let clients push suggestions unasked. */
  proactiveSuggestions?: InputMaybe<Scalars['Boolean']['input']>;
  /** How explanations are worded. */
  tone?: InputMaybe<AiTone>;
};

/** Fields to change on a lead; omitted fields stay as they are. */
export type UpdateLeadInput = {
  /** The rep to assign (unknown ids are provisioned as reps); null unassigns the lead. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the custom fields. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** New company name (at most 200 characters); null clears it. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** New contact email (at most 320 characters); null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New full name, 1-200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New source (at most 200 characters); null clears it. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** NEW, CONTACTED or QUALIFIED; close leads with recordConversion. */
  status?: InputMaybe<LeadStatus>;
  /** New expected deal value, from 0 to under 1,000,000,000,000; null clears it. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Result of updateLead: the changed lead, or the reasons nothing changed. */
export type UpdateLeadPayload = {
  __typename?: 'UpdateLeadPayload';
  /** Why the input was rejected, one per bad field; empty on success. */
  errors: Array<UserError>;
  /** The lead as changed; null when errors is not empty. */
  lead?: Maybe<Lead>;
};

/** The whole offer policy; shares are fractions of the list price. */
export type UpdateOfferPolicyInput = {
  /** Who may approve (and so record) an offer above maxDiscount; no one may go below the margin floor. */
  approverRole: OfferApproverRole;
  /** The items' unit cost as a share of the list price (0-1, default 0); costShare + marginFloor ≤ 1. */
  costShare?: Scalars['Float']['input'];
  /** Margin that must remain after the discount, as a share of the list price (0-1). */
  marginFloor: Scalars['Float']['input'];
  /** Largest discount an offer may carry without approval, and the most a suggestion or bundle ever carries (0-1). */
  maxDiscount: Scalars['Float']['input'];
};

/** Changes to a playbook; omitted fields keep their value. CTAs already raised keep the tasks they were given. */
export type UpdatePlaybookInput = {
  /** New cooldown in days (0-365). */
  cooldownDays?: InputMaybe<Scalars['Int']['input']>;
  /** The playbook to change. */
  id: Scalars['ID']['input'];
  /** New name (1-200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New tasks, in order (1-20). */
  tasks?: InputMaybe<Array<PlaybookTaskInput>>;
};

/** The organization's new scorecard; measures not listed are not weighed. */
export type UpdateScorecardInput = {
  /** The measures to weigh. */
  measures: Array<ScorecardMeasureInput>;
};

/** Result of updateScorecard: the scorecard and how many accounts were rescored, or the reasons nothing changed. */
export type UpdateScorecardPayload = {
  __typename?: 'UpdateScorecardPayload';
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
  /** How many accounts (those with signals) got a new health point. */
  recomputedCount: Scalars['Int']['output'];
  /** The scorecard after the call; null when errors is not empty. */
  scorecard?: Maybe<Scorecard>;
};

/** Changes to a saved segment; omitted fields stay as they are. */
export type UpdateSegmentInput = {
  /** A new description (up to 500 characters; empty clears it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new filter, replacing the old one whole. */
  filter?: InputMaybe<SegmentFilterInput>;
  /** The segment to change. */
  id: Scalars['ID']['input'];
  /** A new name, unique in the organization (1-100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An account to create, or to update when its domain is already known. Omitted fields keep their value. */
export type UpsertAccountInput = {
  /** Annual recurring revenue, 0 to 999,999,999,999; null clears it. */
  arr?: InputMaybe<Scalars['Float']['input']>;
  /** Custom fields (replace the current ones): a flat object of strings, finite numbers and booleans, at most 50 keys; null clears them. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** The owning customer-success manager's user id (1-128 characters); null clears it. */
  csmId?: InputMaybe<Scalars['ID']['input']>;
  /** The company's web domain, e.g. acme.com (case-insensitive; free-mail domains are refused). Identifies the account. */
  domain: Scalars['String']['input'];
  /** Health score 0-100; required when creating. A changed score is also recorded in healthHistory. */
  healthScore?: InputMaybe<Scalars['Int']['input']>;
  /** Lifecycle stage (ONBOARDING when creating without one). */
  lifecycleStage?: InputMaybe<LifecycleStage>;
  /** Company name (1-200 characters). */
  name: Scalars['String']['input'];
  /** Next renewal, a DateTime (was YYYY-MM-DD: send e.g. 2026-09-30T00:00:00Z); null clears it. */
  renewalDate?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Result of upsertAccount: the account, or null and the reasons nothing changed. */
export type UpsertAccountPayload = {
  __typename?: 'UpsertAccountPayload';
  /** The account after the call; null when errors is not empty. */
  account?: Maybe<Account>;
  /** True when this call created the account. */
  created: Scalars['Boolean']['output'];
  /** Why the input was rejected; empty on success. */
  errors: Array<UserError>;
};

/** Result of upsertItems: every item written, or none and the reasons. */
export type UpsertItemsPayload = {
  __typename?: 'UpsertItemsPayload';
  /** Items this call created. */
  createdCount: Scalars['Int']['output'];
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The items in input order; empty when errors is not. */
  items: Array<Item>;
  /** Items this call replaced (their externalId existed). */
  updatedCount: Scalars['Int']['output'];
};

/** A member of an organization (a sales rep, manager or admin), provisioned from their token on first sight. */
export type User = {
  __typename?: 'User';
  /** The user's assistant preferences; visible only to the user themself (null for anyone else). */
  aiPreferences?: Maybe<AiPreferences>;
  /** Email address from the token, when present. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's id: the `sub` claim of their token. */
  id: Scalars['ID']['output'];
  /** The user's role in their organization. */
  role: UserRole;
  /** The model serving this user's predictions; visible to the user and to managers and admins. */
  scoringModel?: Maybe<ScoringModel>;
};

/** Why part of a mutation's input was rejected. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path of the offending input field, e.g. `input.3.email`. */
  field: Scalars['String']['output'];
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Why a mutation rejected part of its input (the field says which part). */
export type UserErrorCode =
  | 'ACCOUNT_CHURNED'
  | 'ALREADY_CLOSED'
  | 'ALREADY_EXISTS'
  | 'ALREADY_OPEN'
  | 'APPROVAL_REQUIRED'
  | 'BEFORE_CREATED'
  | 'BELOW_MARGIN_FLOOR'
  | 'DUPLICATE_IN_BATCH'
  | 'EMPTY'
  | 'FREE_MAIL_DOMAIN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_ATTRIBUTES'
  | 'INVALID_DATE'
  | 'INVALID_DOMAIN'
  | 'INVALID_EMAIL'
  | 'INVALID_ID'
  | 'INVALID_KEY'
  | 'INVALID_PHONE'
  | 'INVALID_RANGE'
  | 'INVALID_VALUE'
  | 'IN_FUTURE'
  | 'IN_PAST'
  | 'LEAD_CLOSED'
  | 'LIMIT_EXCEEDED'
  | 'NOT_FOUND'
  | 'NO_TRAINING_DATA'
  | 'OUTCOME_ALREADY_RECORDED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TRAINING_FAILED'
  | 'USE_RECORD_CONVERSION';

/** What a user may do: reps work leads, managers and admins also run team-wide operations. */
export type UserRole =
  | 'ADMIN'
  | 'MANAGER'
  | 'REP';

/** Volume and outcomes of one group of leads. */
export type WinRateRow = {
  __typename?: 'WinRateRow';
  /** The group: a source, a rep id or a month (YYYY-MM). */
  key: Scalars['String']['output'];
  /** Leads in the group. */
  leads: Scalars['Int']['output'];
  /** Of them, lost. */
  lost: Scalars['Int']['output'];
  /** Of them, still open. */
  open: Scalars['Int']['output'];
  /** won / (won + lost); null before any is closed. */
  winRate?: Maybe<Scalars['Float']['output']>;
  /** Of them, won. */
  won: Scalars['Int']['output'];
  /** Sum of the won leads' values. */
  wonValue: Scalars['Float']['output'];
};

/** The caller's open leads, ordered by their own model (Relay connection). */
export type WorklistConnection = {
  __typename?: 'WorklistConnection';
  /** The leads on this page with their figures and cursors. */
  edges: Array<WorklistEdge>;
  /** Version of the model the order comes from, e.g. rep-v3, org-v2 or default. */
  modelVersion: Scalars['String']['output'];
  /** The leads on this page (the edges' nodes). */
  nodes: Array<Lead>;
  /** Whether there are more pages. */
  pageInfo: PageInfo;
  /** Open leads matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One lead of the work list, with the figures it is ordered by. */
export type WorklistEdge = {
  __typename?: 'WorklistEdge';
  /** How much data and certainty stand behind the probability. */
  confidence: Confidence;
  /** Pass as `after` to continue after this lead. */
  cursor: Scalars['String']['output'];
  /** Probability × the lead's value; null when the lead has no value. */
  expectedValue?: Maybe<Scalars['Float']['output']>;
  /** The lead; every other field of it comes through the graph as usual. */
  node: Lead;
  /** The caller's model's probability, as stored for the active model version (the order's key). */
  probability: Scalars['Float']['output'];
};

/** Which of the caller's open leads the work list holds. */
export type WorklistFilter = {
  /** Only leads at or above this probability (0-1). */
  minProbability?: InputMaybe<Scalars['Float']['input']>;
  /** Only leads whose next action has one of these priorities (as of their stored prediction, at most six hours old). */
  priorities?: InputMaybe<Array<Priority>>;
  /** Only leads from these sources (at most 50). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these statuses (default: all open ones). */
  statuses?: InputMaybe<Array<OpenLeadStatus>>;
  /** Only leads whose customer profile has one of these temperatures (as personalization computes Lead.profile.temperature); a lead without a profile matches none. */
  temperatures?: InputMaybe<Array<Temperature>>;
};

/** How the work list is ordered, highest first (ties by lead id). */
export type WorklistOrder =
  /** Probability × the lead's value (a lead without a value counts 0). */
  | 'EXPECTED_VALUE'
  /** The caller's model's probability that the lead converts. */
  | 'PROBABILITY';

export type AccountRow_AccountFragment = { __typename: 'Account', id: string, name: string, domain: string, healthScore: number, healthTrend: HealthTrend, lifecycleStage: LifecycleStage, atRisk: boolean, renewalDate?: string | null, healthHistory: Array<{ __typename: 'AccountHealthPoint', score: number, recordedAt: string }>, churnRisk?: (
    { __typename: 'ChurnPrediction' }
    & { ' $fragmentRefs'?: { 'ChurnRisk_PredictionFragment': ChurnRisk_PredictionFragment } }
  ) | null } & { ' $fragmentName'?: 'AccountRow_AccountFragment' };

export type AccountsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AccountsPageQuery = { __typename: 'Query', accounts: { __typename: 'AccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AccountEdge', cursor: string, node: (
        { __typename: 'Account', id: string }
        & { ' $fragmentRefs'?: { 'AccountRow_AccountFragment': AccountRow_AccountFragment } }
      ) }> } };

export type ChurnRisk_PredictionFragment = { __typename: 'ChurnPrediction', probability: number, riskCategory: RiskCategory, confidence: ChurnConfidence, source: ChurnSource, explanation: string, recommendations: Array<{ __typename: 'ChurnRecommendation', playbook?: ChurnPlaybookType | null, action: string, reason: string }>, factors: Array<{ __typename: 'ChurnFactor', label: string, value?: number | null, contribution: number }> } & { ' $fragmentName'?: 'ChurnRisk_PredictionFragment' };

export type CtaQueueRow_CtaFragment = { __typename: 'Cta', id: string, type: CtaType, reason: CtaReason, priority: Priority, dueAt: string, source: CtaSource, account: { __typename: 'Account', id: string, name: string } } & { ' $fragmentName'?: 'CtaQueueRow_CtaFragment' };

export type AccountsCtaQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type AccountsCtaQueueQuery = { __typename: 'Query', ctas: { __typename: 'CtaConnection', totalCount: number, nodes: Array<(
      { __typename: 'Cta', id: string }
      & { ' $fragmentRefs'?: { 'CtaQueueRow_CtaFragment': CtaQueueRow_CtaFragment } }
    )> } };

export type AnalyticsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsPageQuery = { __typename: 'Query', bySource: Array<(
    { __typename: 'WinRateRow', key: string }
    & { ' $fragmentRefs'?: { 'WinRateChart_RowFragment': WinRateChart_RowFragment } }
  )>, byRep: Array<(
    { __typename: 'WinRateRow', key: string }
    & { ' $fragmentRefs'?: { 'WinRateChart_RowFragment': WinRateChart_RowFragment } }
  )>, byMonth: Array<(
    { __typename: 'WinRateRow', key: string }
    & { ' $fragmentRefs'?: { 'WinRateChart_RowFragment': WinRateChart_RowFragment } }
  )>, funnel: Array<(
    { __typename: 'FunnelStage', status: LeadStatus }
    & { ' $fragmentRefs'?: { 'FunnelChart_StageFragment': FunnelChart_StageFragment } }
  )>, scoringModel: (
    { __typename: 'ScoringModel', version?: number | null, level: ModelLevel, trainedAt?: string | null }
    & { ' $fragmentRefs'?: { 'CalibrationChart_ModelFragment': CalibrationChart_ModelFragment;'LiftChart_ModelFragment': LiftChart_ModelFragment } }
  ), modelMetricsHistory: (
    { __typename: 'ModelMetricsConnection' }
    & { ' $fragmentRefs'?: { 'ModelMetricsChart_HistoryFragment': ModelMetricsChart_HistoryFragment } }
  ) };

export type FunnelChart_StageFragment = { __typename: 'FunnelStage', status: LeadStatus, reached: number, won: number, lostHere: number, stepRate?: number | null, conversionRate?: number | null } & { ' $fragmentName'?: 'FunnelChart_StageFragment' };

export type LiftChart_ModelFragment = { __typename: 'ScoringModel', evaluation?: { __typename: 'ModelEvaluation', backtest?: { __typename: 'ModelBacktest', lift: Array<{ __typename: 'LiftDecile', decile: number, count: number, meanPredicted: number, observedRate: number, lift?: number | null, cumulativeShareOfWins?: number | null }> } | null } | null } & { ' $fragmentName'?: 'LiftChart_ModelFragment' };

export type ModelMetricsChart_HistoryFragment = { __typename: 'ModelMetricsConnection', totalCount: number, nodes: Array<{ __typename: 'ModelMetricsPoint', id: string, level: ModelLevel, userId?: string | null, version: number, active: boolean, trainedAt: string, activatedAt?: string | null, trainingLeads: number, backtestLeads: number, backtestWins: number, model?: { __typename: 'ModelQuality', auc?: number | null, brier: number, logLoss: number, calibrationError: number } | null, default?: { __typename: 'ModelQuality', auc?: number | null, brier: number } | null }> } & { ' $fragmentName'?: 'ModelMetricsChart_HistoryFragment' };

export type WinRateChart_RowFragment = { __typename: 'WinRateRow', key: string, leads: number, won: number, lost: number, open: number, winRate?: number | null, wonValue: number } & { ' $fragmentName'?: 'WinRateChart_RowFragment' };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { __typename: 'Query', me: { __typename: 'User', id: string, email?: string | null, role: UserRole } };

export type AccountPanel_LeadFragment = { __typename: 'Lead', account?: { __typename: 'Account', id: string, name: string, domain: string, healthScore: number, healthTrend: HealthTrend, lifecycleStage: LifecycleStage, atRisk: boolean, renewalDate?: string | null, healthHistory: Array<{ __typename: 'AccountHealthPoint', score: number, recordedAt: string }> } | null } & { ' $fragmentName'?: 'AccountPanel_LeadFragment' };

export type ActivityTimeline_LeadFragment = { __typename: 'Lead', activities: Array<{ __typename: 'Activity', id: string, type: ActivityType, occurredAt: string }> } & { ' $fragmentName'?: 'ActivityTimeline_LeadFragment' };

export type LeadActions_LeadFragment = { __typename: 'Lead', id: string, name: string, status: LeadStatus, score?: number | null, lastActivity: Array<{ __typename: 'Activity', id: string, type: ActivityType, occurredAt: string }> } & { ' $fragmentName'?: 'LeadActions_LeadFragment' };

export type RecordLeadActivityMutationVariables = Exact<{
  input: Array<ActivityInput> | ActivityInput;
}>;


export type RecordLeadActivityMutation = { __typename: 'Mutation', recordActivities: { __typename: 'RecordActivitiesPayload', recordedCount: number, errors: Array<{ __typename: 'UserError', field: string, code: UserErrorCode, message: string }>, leads: Array<{ __typename: 'Lead', id: string, score?: number | null, lastActivity: Array<{ __typename: 'Activity', id: string, type: ActivityType, occurredAt: string }> }> } };

export type RecordLeadOutcomeMutationVariables = Exact<{
  input: RecordConversionInput;
}>;


export type RecordLeadOutcomeMutation = { __typename: 'Mutation', recordConversion: { __typename: 'RecordConversionPayload', replayed: boolean, errors: Array<{ __typename: 'UserError', field: string, code: UserErrorCode, message: string }>, lead?: { __typename: 'Lead', id: string, status: LeadStatus, closedAt?: string | null } | null } };

export type LeadPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadPageQuery = { __typename: 'Query', lead?: (
    { __typename: 'Lead', id: string, name: string, company?: string | null, email?: string | null, source?: string | null, status: LeadStatus, value?: number | null, score?: number | null, createdAt: string, closedAt?: string | null }
    & { ' $fragmentRefs'?: { 'LeadActions_LeadFragment': LeadActions_LeadFragment;'PredictionPanel_LeadFragment': PredictionPanel_LeadFragment;'NextActionPanel_LeadFragment': NextActionPanel_LeadFragment;'ProfilePanel_LeadFragment': ProfilePanel_LeadFragment;'AccountPanel_LeadFragment': AccountPanel_LeadFragment;'ActivityTimeline_LeadFragment': ActivityTimeline_LeadFragment } }
  ) | null };

export type NextActionPanel_LeadFragment = { __typename: 'Lead', nextAction?: { __typename: 'NextAction', action: ActionType, priority: Priority, reasoning: string, dueAt?: string | null } | null } & { ' $fragmentName'?: 'NextActionPanel_LeadFragment' };

export type PredictionPanel_LeadFragment = { __typename: 'Lead', prediction?: { __typename: 'Prediction', id: string, probability: number, confidence: Confidence, personalized: boolean, reasoning: string, modelVersion: string, predictedAt: string, factors: Array<{ __typename: 'PredictionFactor', name: string, label: string, value?: number | null, contribution: number }> } | null } & { ' $fragmentName'?: 'PredictionPanel_LeadFragment' };

export type ProfilePanel_LeadFragment = { __typename: 'Lead', profile?: { __typename: 'CustomerProfile', id: string, temperature: Temperature, engagementScore: number, intentScore: number, currentStage?: string | null, lastActiveAt?: string | null, welcomeBackMessage?: string | null, interests: Array<{ __typename: 'ProfileInterest', itemId: string, name: string, level: InterestLevel }>, objections: Array<{ __typename: 'ProfileObjection', type: string, count: number }> } | null } & { ' $fragmentName'?: 'ProfilePanel_LeadFragment' };

export type CalibrationChart_ModelFragment = { __typename: 'ScoringModel', evaluation?: { __typename: 'ModelEvaluation', backtest?: { __typename: 'ModelBacktest', horizonDays: number, calibration: Array<{ __typename: 'CalibrationBin', from: number, to: number, count: number, meanPredicted: number, observedRate: number }> } | null } | null } & { ' $fragmentName'?: 'CalibrationChart_ModelFragment' };

export type ModelMetrics_ModelFragment = { __typename: 'ScoringModel', level: ModelLevel, evaluation?: { __typename: 'ModelEvaluation', backtest?: { __typename: 'ModelBacktest', overall: { __typename: 'BacktestScores', leads: number, won: number, model?: { __typename: 'ModelQuality', auc?: number | null, brier: number, logLoss: number, calibrationError: number } | null, organization?: { __typename: 'ModelQuality', auc?: number | null, brier: number, logLoss: number, calibrationError: number } | null, default?: { __typename: 'ModelQuality', auc?: number | null, brier: number, logLoss: number, calibrationError: number } | null } } | null } | null } & { ' $fragmentName'?: 'ModelMetrics_ModelFragment' };

export type ModelVersion_ModelFragment = { __typename: 'ScoringModel', id?: string | null, version?: number | null, level: ModelLevel, active: boolean, personalized: boolean, sampleSize: number, trainedAt?: string | null, evaluation?: { __typename: 'ModelEvaluation', backtest?: { __typename: 'ModelBacktest', overall: { __typename: 'BacktestScores', model?: { __typename: 'ModelQuality', auc?: number | null } | null } } | null } | null } & { ' $fragmentName'?: 'ModelVersion_ModelFragment' };

export type ActivateModelVersionMutationVariables = Exact<{
  version: Scalars['Int']['input'];
}>;


export type ActivateModelVersionMutation = { __typename: 'Mutation', activateScoringModel: { __typename: 'ActivateScoringModelPayload', model?: { __typename: 'ScoringModel', version?: number | null } | null, errors: Array<{ __typename: 'UserError', field: string, code: UserErrorCode, message: string }> } };

export type MyModelPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyModelPageQuery = { __typename: 'Query', me: { __typename: 'User', id: string, role: UserRole }, scoringModel: (
    { __typename: 'ScoringModel', level: ModelLevel, version?: number | null, personalized: boolean, message: string, sampleSize: number, positives: number, trainedAt?: string | null }
    & { ' $fragmentRefs'?: { 'ModelMetrics_ModelFragment': ModelMetrics_ModelFragment;'CalibrationChart_ModelFragment': CalibrationChart_ModelFragment } }
  ), scoringModelHistory: Array<(
    { __typename: 'ScoringModel' }
    & { ' $fragmentRefs'?: { 'ModelVersion_ModelFragment': ModelVersion_ModelFragment } }
  )> };

export type RetrainMyModelMutationVariables = Exact<{ [key: string]: never; }>;


export type RetrainMyModelMutation = { __typename: 'Mutation', retrainScoringModels: { __typename: 'RetrainScoringModelsPayload', job?: { __typename: 'Job', id: string, status: JobStatus, progress?: { __typename: 'JobProgress', total: number, done: number, failed: number } | null } | null, errors: Array<{ __typename: 'UserError', field: string, code: UserErrorCode, message: string }> } };

export type RetrainTeamModelsMutationVariables = Exact<{ [key: string]: never; }>;


export type RetrainTeamModelsMutation = { __typename: 'Mutation', retrainScoringModels: { __typename: 'RetrainScoringModelsPayload', job?: { __typename: 'Job', id: string, status: JobStatus, progress?: { __typename: 'JobProgress', total: number, done: number, failed: number } | null } | null, errors: Array<{ __typename: 'UserError', field: string, code: UserErrorCode, message: string }> } };

export type RetrainJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetrainJobQuery = { __typename: 'Query', job?: { __typename: 'Job', id: string, status: JobStatus, lastError?: string | null, finishedAt?: string | null, result?: Record<string, string | number | boolean> | null, progress?: { __typename: 'JobProgress', total: number, done: number, failed: number } | null } | null };

export type WorklistPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorklistFilter>;
  orderBy: WorklistOrder;
}>;


export type WorklistPageQuery = { __typename: 'Query', worklist: { __typename: 'WorklistConnection', totalCount: number, modelVersion: string, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<(
      { __typename: 'WorklistEdge', cursor: string, node: { __typename: 'Lead', id: string, source?: string | null } }
      & { ' $fragmentRefs'?: { 'WorklistRow_EdgeFragment': WorklistRow_EdgeFragment } }
    )> } };

export type WorklistRow_EdgeFragment = { __typename: 'WorklistEdge', probability: number, confidence: Confidence, expectedValue?: number | null, node: (
    { __typename: 'Lead', id: string, name: string, company?: string | null, source?: string | null, status: LeadStatus, value?: number | null, nextAction?: { __typename: 'NextAction', action: ActionType, priority: Priority, dueAt?: string | null } | null, profile?: { __typename: 'CustomerProfile', id: string, temperature: Temperature } | null }
    & { ' $fragmentRefs'?: { 'LeadActions_LeadFragment': LeadActions_LeadFragment } }
  ) } & { ' $fragmentName'?: 'WorklistRow_EdgeFragment' };

export type CsmPortfolioQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CsmPortfolioQuery = { __typename: 'Query', churnModel?: { __typename: 'ChurnModelInfo', version: number, accounts: number, churned: number, metrics: { __typename: 'ChurnModelMetrics', heldOutAccounts: number, model?: { __typename: 'ChurnQuality', auc?: number | null, brier: number } | null, rules?: { __typename: 'ChurnQuality', auc?: number | null } | null } } | null, atRisk: { __typename: 'AccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Account', id: string, name: string, healthScore: number, healthTrend: HealthTrend, renewalDate?: string | null, csmId?: string | null, churnRisk?: { __typename: 'ChurnPrediction', probability: number, riskCategory: RiskCategory, confidence: ChurnConfidence, source: ChurnSource, modelVersion: string, explanation: string, validUntil: string, factors: Array<{ __typename: 'ChurnFactor', label: string, value?: number | null, contribution: number }>, recommendations: Array<{ __typename: 'ChurnRecommendation', playbook?: ChurnPlaybookType | null, action: string, reason: string }> } | null }> }, queue: { __typename: 'CtaConnection', totalCount: number, nodes: Array<{ __typename: 'Cta', id: string, type: CtaType, reason: CtaReason, priority: Priority, dueAt: string, source: CtaSource, account: { __typename: 'Account', id: string, name: string }, tasks: Array<{ __typename: 'CtaTask', title: string, dueAt: string, done: boolean }> }> } };

export type CtaQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CtaFilter>;
}>;


export type CtaQueueQuery = { __typename: 'Query', ctas: { __typename: 'CtaConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Cta', id: string, type: CtaType, reason: CtaReason, priority: Priority, status: CtaStatus, dueAt: string, source: CtaSource, account: { __typename: 'Account', id: string, name: string, healthScore: number, healthTrend: HealthTrend, renewalDate?: string | null }, playbook?: { __typename: 'Playbook', name: string } | null, tasks: Array<{ __typename: 'CtaTask', id: string, title: string, dueAt: string, done: boolean }> }> } };

export type Customer360QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Customer360Query = { __typename: 'Query', lead?: { __typename: 'Lead', id: string, name: string, status: LeadStatus, prediction?: { __typename: 'Prediction', probability: number, confidence: Confidence } | null, nextActions: Array<{ __typename: 'RankedNextAction', action: ActionType, priority: Priority, successProbability: number, lift?: number | null, reasoning: string }>, recommendedItems: Array<{ __typename: 'RecommendedItem', reason: string, item: { __typename: 'Item', name: string } }>, profile?: { __typename: 'CustomerProfile', temperature: Temperature, persona?: { __typename: 'Persona', name: string, description: string } | null, segments: Array<{ __typename: 'Segment', name: string }>, lifetimeValue?: { __typename: 'LifetimeValue', expectedRevenue: number, low: number, high: number } | null, purchaseTiming?: { __typename: 'PurchaseTiming', expectedDaysToConversion?: number | null, probabilityWithin30Days: number, probabilityWithin90Days: number } | null } | null } | null };

export type MyLeadsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyLeadsQuery = { __typename: 'Query', leads: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Lead', id: string, name: string, company?: string | null, status: LeadStatus, score?: number | null, prediction?: { __typename: 'Prediction', probability: number, confidence: Confidence } | null, nextAction?: { __typename: 'NextAction', action: ActionType, priority: Priority } | null }> } };

export type LeadOutlookQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadOutlookQuery = { __typename: 'Query', lead?: { __typename: 'Lead', id: string, name: string, status: LeadStatus, score?: number | null, prediction?: { __typename: 'Prediction', probability: number, confidence: Confidence, personalized: boolean, reasoning: string, factors: Array<{ __typename: 'PredictionFactor', name: string, contribution: number }> } | null, nextAction?: { __typename: 'NextAction', action: ActionType, priority: Priority, reasoning: string } | null, profile?: { __typename: 'CustomerProfile', temperature: Temperature, engagementScore: number, intentScore: number } | null, account?: { __typename: 'Account', name: string, healthScore: number } | null } | null };

export type TeamAnalyticsQueryVariables = Exact<{
  scope?: InputMaybe<AnalyticsScope>;
}>;


export type TeamAnalyticsQuery = { __typename: 'Query', bySource: Array<{ __typename: 'WinRateRow', key: string, leads: number, won: number, lost: number, winRate?: number | null, wonValue: number }>, byMonth: Array<{ __typename: 'WinRateRow', key: string, leads: number, winRate?: number | null }>, funnel: Array<{ __typename: 'FunnelStage', status: LeadStatus, reached: number, won: number, lostHere: number, stepRate?: number | null, conversionRate?: number | null }>, scoringModel: { __typename: 'ScoringModel', version?: number | null, level: ModelLevel, trainedAt?: string | null, evaluation?: { __typename: 'ModelEvaluation', backtest?: { __typename: 'ModelBacktest', overall: { __typename: 'BacktestScores', leads: number, observedRate: number, meanProbability: number, model?: { __typename: 'ModelQuality', auc?: number | null, brier: number, calibrationError: number } | null, default?: { __typename: 'ModelQuality', auc?: number | null } | null }, lift: Array<{ __typename: 'LiftDecile', decile: number, count: number, observedRate: number, lift?: number | null, cumulativeShareOfWins?: number | null }>, calibration: Array<{ __typename: 'CalibrationBin', from: number, to: number, count: number, meanPredicted: number, observedRate: number }> } | null } | null }, modelMetricsHistory: { __typename: 'ModelMetricsConnection', totalCount: number, nodes: Array<{ __typename: 'ModelMetricsPoint', level: ModelLevel, userId?: string | null, version: number, active: boolean, trainedAt: string, activatedAt?: string | null, trainingLeads: number, backtestLeads: number, model?: { __typename: 'ModelQuality', auc?: number | null, brier: number, logLoss: number, calibrationError: number } | null, default?: { __typename: 'ModelQuality', auc?: number | null, brier: number } | null }> } };

export type WorklistQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorklistFilter>;
  orderBy?: InputMaybe<WorklistOrder>;
}>;


export type WorklistQuery = { __typename: 'Query', worklist: { __typename: 'WorklistConnection', totalCount: number, modelVersion: string, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'WorklistEdge', cursor: string, probability: number, confidence: Confidence, expectedValue?: number | null, node: { __typename: 'Lead', id: string, name: string, company?: string | null, status: LeadStatus, value?: number | null, nextAction?: { __typename: 'NextAction', action: ActionType, priority: Priority, dueAt?: string | null } | null, profile?: { __typename: 'CustomerProfile', temperature: Temperature } | null } }> } };

export const ChurnRisk_PredictionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChurnRisk_prediction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChurnPrediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"riskCategory"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"playbook"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]} as unknown as DocumentNode<ChurnRisk_PredictionFragment, unknown>;
export const AccountRow_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChurnRisk_prediction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChurnRisk_prediction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChurnPrediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"riskCategory"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"playbook"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]} as unknown as DocumentNode<AccountRow_AccountFragment, unknown>;
export const CtaQueueRow_CtaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtaQueueRow_cta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CtaQueueRow_CtaFragment, unknown>;
export const FunnelChart_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelChart_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lostHere"}},{"kind":"Field","name":{"kind":"Name","value":"stepRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}}]} as unknown as DocumentNode<FunnelChart_StageFragment, unknown>;
export const LiftChart_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftChart_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decile"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShareOfWins"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiftChart_ModelFragment, unknown>;
export const ModelMetricsChart_HistoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelMetricsChart_history"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelMetricsConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingLeads"}},{"kind":"Field","name":{"kind":"Name","value":"backtestLeads"}},{"kind":"Field","name":{"kind":"Name","value":"backtestWins"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}}]}}]}}]}}]} as unknown as DocumentNode<ModelMetricsChart_HistoryFragment, unknown>;
export const WinRateChart_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinRateChart_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinRateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}}]}}]} as unknown as DocumentNode<WinRateChart_RowFragment, unknown>;
export const AccountPanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"26"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPanel_LeadFragment, unknown>;
export const ActivityTimeline_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTimeline_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ActivityTimeline_LeadFragment, unknown>;
export const NextActionPanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextActionPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<NextActionPanel_LeadFragment, unknown>;
export const PredictionPanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"predictedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]} as unknown as DocumentNode<PredictionPanel_LeadFragment, unknown>;
export const ProfilePanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"engagementScore"}},{"kind":"Field","name":{"kind":"Name","value":"intentScore"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeBackMessage"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ProfilePanel_LeadFragment, unknown>;
export const CalibrationChart_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationChart_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalibrationChart_ModelFragment, unknown>;
export const ModelMetrics_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelMetrics_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelMetrics_ModelFragment, unknown>;
export const ModelVersion_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersion_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersion_ModelFragment, unknown>;
export const LeadActions_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadActions_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","alias":{"kind":"Name","value":"lastActivity"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LeadActions_LeadFragment, unknown>;
export const WorklistRow_EdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistRow_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadActions_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadActions_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","alias":{"kind":"Name","value":"lastActivity"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<WorklistRow_EdgeFragment, unknown>;
export const AccountsPageDocument = {"__meta__":{"hash":"c1c64f015ebee838da85ddb8c4d07d6fefd94711fcc97c54361d1b2491f479a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"atRisk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow_account"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChurnRisk_prediction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChurnPrediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"riskCategory"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"playbook"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChurnRisk_prediction"}}]}}]}}]} as unknown as DocumentNode<AccountsPageQuery, AccountsPageQueryVariables>;
export const AccountsCtaQueueDocument = {"__meta__":{"hash":"69fcca96d8d0deeca66ef66fefa334caabde00ee89859afae9aa69e47477096b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsCtaQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ctas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CtaQueueRow_cta"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtaQueueRow_cta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountsCtaQueueQuery, AccountsCtaQueueQueryVariables>;
export const AnalyticsPageDocument = {"__meta__":{"hash":"9d1622a85512a2518697c9bbe334dafbdc6c9f5ad9766bc98efc235a8c5738e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"bySource"},"name":{"kind":"Name","value":"winRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SOURCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinRateChart_row"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byRep"},"name":{"kind":"Name","value":"winRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinRateChart_row"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"winRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinRateChart_row"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelChart_stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationChart_model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftChart_model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelMetricsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelMetricsChart_history"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinRateChart_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinRateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelChart_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lostHere"}},{"kind":"Field","name":{"kind":"Name","value":"stepRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationChart_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftChart_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decile"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShareOfWins"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelMetricsChart_history"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelMetricsConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingLeads"}},{"kind":"Field","name":{"kind":"Name","value":"backtestLeads"}},{"kind":"Field","name":{"kind":"Name","value":"backtestWins"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsPageQuery, AnalyticsPageQueryVariables>;
export const CurrentUserDocument = {"__meta__":{"hash":"c02c733f3046fc78223c337c2394620bbeb135e80b83106dcced4197aa6c9dfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const RecordLeadActivityDocument = {"__meta__":{"hash":"442297d54431ae056141501ee189cdee4e8d5a5fd983537aeafb74cb31bf9bec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","alias":{"kind":"Name","value":"lastActivity"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordLeadActivityMutation, RecordLeadActivityMutationVariables>;
export const RecordLeadOutcomeDocument = {"__meta__":{"hash":"2b3abeb6b58005b37d2975da728833bbd68e758cde159a989cd9922c39dee3f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConversionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordConversion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLeadOutcomeMutation, RecordLeadOutcomeMutationVariables>;
export const LeadPageDocument = {"__meta__":{"hash":"6fa206f36b80dba63fc00cfd748e5441777083651f25eda3a544eb7b80315925"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadActions_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionPanel_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextActionPanel_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfilePanel_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountPanel_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTimeline_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadActions_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","alias":{"kind":"Name","value":"lastActivity"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"predictedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextActionPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"engagementScore"}},{"kind":"Field","name":{"kind":"Name","value":"intentScore"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeBackMessage"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"26"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTimeline_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LeadPageQuery, LeadPageQueryVariables>;
export const ActivateModelVersionDocument = {"__meta__":{"hash":"ecbf5913fa25950073bbf53a3d7854fcf43eb9f306c52c061f665676aa15d982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activateScoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateModelVersionMutation, ActivateModelVersionMutationVariables>;
export const MyModelPageDocument = {"__meta__":{"hash":"b56fbc32d7a2af8d4074128216eb8973eea82ffe476a1280c9f2b49eeaceb4bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyModelPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"positives"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelMetrics_model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationChart_model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringModelHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersion_model"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelMetrics_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationChart_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersion_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyModelPageQuery, MyModelPageQueryVariables>;
export const RetrainMyModelDocument = {"__meta__":{"hash":"13f00b50314de349938162cdbf99caf79ea2443a5675386bf82ecfffa8cba18e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetrainMyModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retrainScoringModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"MINE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RetrainMyModelMutation, RetrainMyModelMutationVariables>;
export const RetrainTeamModelsDocument = {"__meta__":{"hash":"ea049f82430acd85933eeebdc67d711d5ce982b4887004b3ae8a6c0b57491efb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetrainTeamModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retrainScoringModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RetrainTeamModelsMutation, RetrainTeamModelsMutationVariables>;
export const RetrainJobDocument = {"__meta__":{"hash":"27cd73d4583aaecbe3ec8bb62063d01563ee5e8bc8a1e11c61a40853d5507941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetrainJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]} as unknown as DocumentNode<RetrainJobQuery, RetrainJobQueryVariables>;
export const WorklistPageDocument = {"__meta__":{"hash":"9b70941a9d70906555377338eee054cad6dd725fdc9982d54b9319759a06fa1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorklistPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorklistRow_edge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadActions_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","alias":{"kind":"Name","value":"lastActivity"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistRow_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadActions_lead"}}]}}]}}]} as unknown as DocumentNode<WorklistPageQuery, WorklistPageQueryVariables>;
export const CsmPortfolioDocument = {"__meta__":{"hash":"5bb078901367fd20852bb8d195eb66e84c907c7211f7874dc83242fd82de0dde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsmPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"churnModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"churned"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atRisk"},"name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"atRisk"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"csmId"}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"riskCategory"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"playbook"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"queue"},"name":{"kind":"Name","value":"ctas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CsmPortfolioQuery, CsmPortfolioQueryVariables>;
export const CtaQueueDocument = {"__meta__":{"hash":"d0c857e503085426e32fda2a8f94c42133bf2c7b8d656c4bf883a44f726a84e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CtaQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CtaFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ctas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthTrend"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"playbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CtaQueueQuery, CtaQueueQueryVariables>;
export const Customer360Document = {"__meta__":{"hash":"27d4454634a17a6781813619debab5e01dbab465b248bb0bcf10c76e246f0376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"successProbability"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseTiming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDaysToConversion"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityWithin90Days"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customer360Query, Customer360QueryVariables>;
export const MyLeadsDocument = {"__meta__":{"hash":"b9b6d544d2f04fc40005fceed179b5a0c8c7beb693a89b955eebd378e3181bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"CONTACTED"},{"kind":"EnumValue","value":"QUALIFIED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLeadsQuery, MyLeadsQueryVariables>;
export const LeadOutlookDocument = {"__meta__":{"hash":"9b72b5c74ed23049aafc590193daa45d32967eb34ccf922fe56d18f96bdc2330"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadOutlook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"personalized"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"engagementScore"}},{"kind":"Field","name":{"kind":"Name","value":"intentScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}}]}}]}}]}}]} as unknown as DocumentNode<LeadOutlookQuery, LeadOutlookQueryVariables>;
export const TeamAnalyticsDocument = {"__meta__":{"hash":"1ff2535445c6f6337cad4118259142ba900c0e5868eba1cebbd15f7153b9ab4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"bySource"},"name":{"kind":"Name","value":"winRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"winRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lostHere"}},{"kind":"Field","name":{"kind":"Name","value":"stepRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanProbability"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decile"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShareOfWins"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"observedRate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelMetricsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingLeads"}},{"kind":"Field","name":{"kind":"Name","value":"backtestLeads"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"brier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamAnalyticsQuery, TeamAnalyticsQueryVariables>;
export const WorklistDocument = {"__meta__":{"hash":"87426eb707a6e1b784732da2d68e92b7829235b537f09290d6a3ade99e667aed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;