import { effectiveStatus } from "./cta-urgency";
import type { CtaRow, CtaTaskRow } from "./cta.repository";
import { Cta, CtaTask } from "./cta.type";

/** Row → GraphQL object, with the status as of `now` (a passed snooze is OPEN). Account, playbook and tasks come through loaders. */
export function toCta(row: CtaRow, now: Date): Cta {
  const status = effectiveStatus(row, now);
  return Object.assign(new Cta(), {
    id: row.id,
    accountId: row.accountId,
    playbookId: row.playbookId,
    type: row.type,
    reason: row.reason,
    priority: row.priority,
    ownerId: row.ownerId,
    dueAt: row.dueAt,
    status,
    snoozedUntil: status === "SNOOZED" ? row.snoozedUntil : null,
    closeReason: row.closeReason,
    source: row.source,
    sourceRef: row.sourceRef,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
  });
}

export function toCtaTask(row: CtaTaskRow): CtaTask {
  return Object.assign(new CtaTask(), { id: row.id, title: row.title, dueAt: row.dueAt, done: row.doneAt !== null, doneAt: row.doneAt });
}
