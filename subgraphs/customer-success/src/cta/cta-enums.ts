/** The CTA vocabularies (drizzle/schema/vocabulary.ts) as GraphQL enums. */
import { registerEnumType } from "type-graphql";
import {
  CTA_CLOSE_REASONS,
  CTA_REASONS,
  CTA_SOURCES,
  CTA_STATUSES,
  CTA_TYPES,
  PRIORITIES,
  type CtaCloseReason as CtaCloseReasonWord,
  type CtaReason as CtaReasonWord,
  type CtaSource as CtaSourceWord,
  type CtaStatus as CtaStatusWord,
  type CtaType as CtaTypeWord,
  type Priority as PriorityWord,
} from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";

export const CtaType = enumObject(CTA_TYPES);
export type CtaType = CtaTypeWord;
registerEnumType(CtaType, {
  name: "CtaType",
  description: "What a call-to-action is about.",
  valuesConfig: {
    RISK: { description: "The account may churn." },
    RENEWAL: { description: "A renewal needs work." },
    EXPANSION: { description: "The account may buy more." },
    ONBOARDING: { description: "Getting a new account live." },
    ACTIVITY: { description: "A routine touch: a check-in, a QBR." },
  },
});

export const CtaReason = enumObject(CTA_REASONS);
export type CtaReason = CtaReasonWord;
registerEnumType(CtaReason, {
  name: "CtaReason",
  description: "Why a call-to-action was raised. One open CTA at most per account, type and reason.",
  valuesConfig: {
    CHURN_RISK_HIGH: { description: "A churn prediction put the account at HIGH or CRITICAL risk." },
    HEALTH_DROP: { description: "Health, or one of its measures, fell suddenly against the account's own history." },
    RENEWAL_AT_RISK: { description: "Renewal within 90 days while health is declining." },
    RENEWAL_APPROACHING: { description: "Renewal is coming up." },
    EXPANSION_SIGNAL: { description: "Usage or engagement suggests the account could buy more." },
    ONBOARDING_STALLED: { description: "Onboarding is not progressing." },
    MANUAL: { description: "Raised by a person for their own reason." },
  },
});

export const CtaStatus = enumObject(CTA_STATUSES);
export type CtaStatus = CtaStatusWord;
registerEnumType(CtaStatus, {
  name: "CtaStatus",
  description: "Where a call-to-action stands.",
  valuesConfig: {
    OPEN: { description: "To be worked (a snoozed CTA whose snooze has passed is OPEN again)." },
    SNOOZED: { description: "Hidden from the queue until snoozedUntil." },
    CLOSED: { description: "Done; closeReason says how." },
  },
});

export const CtaCloseReason = enumObject(CTA_CLOSE_REASONS);
export type CtaCloseReason = CtaCloseReasonWord;
registerEnumType(CtaCloseReason, {
  name: "CtaCloseReason",
  description: "How a call-to-action ended.",
  valuesConfig: {
    RESOLVED_SUCCESS: { description: "The work was done and the issue is resolved (what ctaEffectiveness counts)." },
    RESOLVED_NO_ACTION: { description: "Resolved without the playbook's work." },
    NOT_RELEVANT: { description: "Should not have been raised." },
    CUSTOMER_CHURNED: { description: "The customer left." },
    DUPLICATE: { description: "Covered by another CTA." },
  },
});

export const CtaSource = enumObject(CTA_SOURCES);
export type CtaSource = CtaSourceWord;
registerEnumType(CtaSource, {
  name: "CtaSource",
  description: "What raised a call-to-action.",
  valuesConfig: {
    RULE: { description: "A customer-success rule (e.g. renewal within 90 days with declining health)." },
    PREDICTION: { description: "A churn prediction; sourceRef is its id." },
    ANOMALY: { description: "A health anomaly; sourceRef is its id." },
    MANUAL: { description: "A person (createCta)." },
  },
});

/** The same enum as the scoring subgraph's Priority (one vocabulary). */
export const Priority = enumObject(PRIORITIES);
export type Priority = PriorityWord;
registerEnumType(Priority, { name: "Priority", description: "How urgent a next action or a CTA is, from URGENT down to LOW." });
