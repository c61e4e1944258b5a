/**
 * Demo CTAs: the built-in playbooks as each organization's rows, and open, snoozed and closed CTAs
 * with their playbook tasks for the accounts a CSM team would be working. The renewal-at-risk rule
 * is not pre-applied: `runCtaRules` (or its nightly run) raises those from the health histories.
 */
import { DEFAULT_PLAYBOOKS } from "@revgraph/customer-success";
import type { CtaCloseReason, CtaReason, CtaStatus, CtaType, Priority } from "@revgraph/db/vocabulary";
import type { OrgDefinition } from "./catalog";
import type { Rng } from "./random";
import { addDays, type AccountRow, type CtaRow, type CtaTaskRow, type PlaybookRow } from "./rows";

export interface GeneratedCtas {
  playbooks: PlaybookRow[];
  ctas: CtaRow[];
  ctaTasks: CtaTaskRow[];
}

interface Plan {
  type: CtaType;
  reason: CtaReason;
  priority: Priority;
  status: CtaStatus;
  closeReason?: CtaCloseReason;
}

/** What the team is doing about an account, by its stage; null when nothing. */
function plan(rng: Rng, account: AccountRow): Plan | null {
  const status = (open: number, snoozed: number): CtaStatus =>
    rng.weighted([
      ["OPEN", open],
      ["SNOOZED", snoozed],
      ["CLOSED", 1 - open - snoozed],
    ] as const);
  switch (account.lifecycleStage) {
    case "AT_RISK": {
      const s = status(0.6, 0.2);
      return {
        type: "RISK",
        reason: "HEALTH_DROP",
        priority: account.healthScore < 30 ? "URGENT" : "HIGH",
        status: s,
        closeReason: rng.pick(["RESOLVED_SUCCESS", "RESOLVED_NO_ACTION"] as const),
      };
    }
    case "RENEWAL":
      return { type: "RENEWAL", reason: "RENEWAL_APPROACHING", priority: rng.pick(["HIGH", "MEDIUM"] as const), status: status(0.7, 0), closeReason: "RESOLVED_SUCCESS" };
    case "EXPANSION":
      return rng.chance(0.5) ? { type: "EXPANSION", reason: "EXPANSION_SIGNAL", priority: rng.pick(["MEDIUM", "LOW"] as const), status: status(0.7, 0.3) } : null;
    case "CHURNED":
      return { type: "RISK", reason: "HEALTH_DROP", priority: "HIGH", status: "CLOSED", closeReason: "CUSTOMER_CHURNED" };
    default:
      return null;
  }
}

export function generateCtas(rng: Rng, ids: Rng, org: OrgDefinition, accounts: readonly AccountRow[], now: Date): GeneratedCtas {
  const playbooks: PlaybookRow[] = DEFAULT_PLAYBOOKS.map((p) => ({
    id: ids.uuid(),
    organizationId: org.id,
    name: p.name,
    ctaType: p.ctaType,
    ctaReason: p.ctaReason,
    tasks: p.tasks.map((t) => ({ ...t })),
    cooldownDays: p.cooldownDays,
    createdAt: addDays(now, -180),
    updatedAt: addDays(now, -180),
  }));
  const ctas: CtaRow[] = [];
  const ctaTasks: CtaTaskRow[] = [];
  for (const account of accounts) {
    const p = plan(rng, account);
    if (!p) continue;
    const playbook = playbooks.find((b) => b.ctaType === p.type && b.ctaReason === p.reason)!;
    const closed = p.status === "CLOSED";
    const createdAt = addDays(now, closed ? -rng.range(40, 90) : -rng.range(1, 20));
    const closedAt = closed ? addDays(createdAt, rng.range(5, 35)) : null;
    const cta: CtaRow = {
      id: ids.uuid(),
      organizationId: org.id,
      accountId: account.id,
      type: p.type,
      reason: p.reason,
      priority: p.priority,
      ownerId: rng.pick(org.reps).id,
      dueAt: addDays(createdAt, { URGENT: 1, HIGH: 3, MEDIUM: 7, LOW: 14 }[p.priority]),
      status: p.status,
      snoozedUntil: p.status === "SNOOZED" ? addDays(now, rng.range(3, 14)) : null,
      closeReason: closed ? p.closeReason! : null,
      source: "MANUAL",
      sourceRef: null,
      playbookId: playbook.id,
      createdAt,
      updatedAt: closedAt ?? createdAt,
      closedAt,
    };
    ctas.push(cta);
    playbook.tasks.forEach((task, position) => {
      const dueAt = addDays(createdAt, task.dueOffsetDays);
      // Closed with success: all done; otherwise the tasks already due are done more often than not.
      const done = p.closeReason === "RESOLVED_SUCCESS" && closed ? true : dueAt < now && rng.chance(0.6);
      ctaTasks.push({
        id: ids.uuid(),
        organizationId: org.id,
        ctaId: cta.id,
        position,
        title: task.title,
        dueAt,
        doneAt: done ? (closedAt && dueAt > closedAt ? closedAt : dueAt) : null,
      });
    });
  }
  return { playbooks, ctas, ctaTasks };
}
