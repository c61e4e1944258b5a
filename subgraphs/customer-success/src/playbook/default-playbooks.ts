/**
 * The built-in playbooks every organization starts with. They are inserted as the organization's
 * own rows the first time it lists its playbooks or raises a CTA one of them covers, and are
 * edited like any other from then on (an organization that created its own playbook for the same
 * type + reason first keeps its own).
 */
import type { CtaReason, CtaType } from "@revgraph/db/vocabulary";
import type { PlaybookTaskTemplate } from "@revgraph/db/schema";

export interface PlaybookTemplate {
  name: string;
  ctaType: CtaType;
  ctaReason: CtaReason;
  cooldownDays: number;
  tasks: PlaybookTaskTemplate[];
}

/** Cooldown of a type + reason no playbook covers (e.g. ONBOARDING, MANUAL). */
export const DEFAULT_COOLDOWN_DAYS = 30;

export const DEFAULT_PLAYBOOKS: readonly PlaybookTemplate[] = [
  {
    name: "Churn risk response",
    ctaType: "RISK",
    ctaReason: "CHURN_RISK_HIGH",
    cooldownDays: 30,
    tasks: [
      { title: "Review the churn risk factors, usage and open tickets", dueOffsetDays: 0 },
      { title: "Call the main contact to understand what is not working", dueOffsetDays: 2 },
      { title: "Agree a recovery plan with the customer", dueOffsetDays: 7 },
      { title: "Check usage and health against the plan", dueOffsetDays: 21 },
    ],
  },
  {
    name: "Health drop investigation",
    ctaType: "RISK",
    ctaReason: "HEALTH_DROP",
    cooldownDays: 30,
    tasks: [
      { title: "Find what changed: usage, tickets, contacts", dueOffsetDays: 0 },
      { title: "Reach out to the main contact", dueOffsetDays: 2 },
      { title: "Review health again", dueOffsetDays: 14 },
    ],
  },
  {
    name: "Renewal at risk",
    ctaType: "RENEWAL",
    ctaReason: "RENEWAL_AT_RISK",
    cooldownDays: 30,
    tasks: [
      { title: "Review health, usage and open issues before the renewal", dueOffsetDays: 0 },
      { title: "Hold an executive sponsor call", dueOffsetDays: 3 },
      { title: "Send the renewal proposal with a success plan", dueOffsetDays: 10 },
      { title: "Confirm the renewal decision", dueOffsetDays: 30 },
    ],
  },
  {
    name: "Renewal preparation",
    ctaType: "RENEWAL",
    ctaReason: "RENEWAL_APPROACHING",
    cooldownDays: 60,
    tasks: [
      { title: "Summarize the value delivered this term", dueOffsetDays: 0 },
      { title: "Schedule the renewal conversation", dueOffsetDays: 7 },
      { title: "Send the renewal proposal", dueOffsetDays: 21 },
    ],
  },
  {
    name: "Expansion opportunity",
    ctaType: "EXPANSION",
    ctaReason: "EXPANSION_SIGNAL",
    cooldownDays: 60,
    tasks: [
      { title: "Confirm the growth signal with the account's data", dueOffsetDays: 0 },
      { title: "Discovery call on new teams and needs", dueOffsetDays: 5 },
      { title: "Introduce sales with an expansion proposal", dueOffsetDays: 14 },
    ],
  },
];
