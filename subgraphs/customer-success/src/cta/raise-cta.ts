/**
 * raiseCta: the one way a CTA comes to exist, whoever asks (rules, churn predictions, anomalies,
 * a person through createCta). It applies dedup (one open CTA per account + type + reason, also
 * enforced by a partial unique index, so concurrent raises make one), the cooldown of the
 * type + reason's playbook (automatic sources only: a person may always raise a CTA), and copies
 * the playbook's tasks with due dates counted from now.
 */
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { CtaReason, CtaSource, CtaType, Priority } from "@revgraph/db/vocabulary";
import { ctaEvents, isUuid } from "@revgraph/graph";
import { DEFAULT_COOLDOWN_DAYS } from "../playbook/default-playbooks";
import { PlaybookRepository } from "../playbook/playbook.repository";
import { DAY_MS, defaultDueAt } from "./cta-urgency";
import { CtaRepository, type CtaRow, type CtaTaskRow } from "./cta.repository";

export interface RaiseCtaRequest {
  organizationId: string;
  accountId: string;
  type: CtaType;
  reason: CtaReason;
  source: CtaSource;
  /** The id of the prediction or anomaly that raised it. */
  sourceRef?: string | null;
  priority: Priority;
  /** Default: 1, 3, 7 or 14 days from now by priority (DUE_DAYS_BY_PRIORITY). */
  dueAt?: Date | null;
  /** The user who will own it; null leaves it unassigned. */
  ownerId?: string | null;
}

export type RaiseCtaResult =
  | { outcome: "RAISED"; cta: CtaRow; tasks: CtaTaskRow[] }
  /** An open (OPEN or SNOOZED) CTA for the same account + type + reason exists: it is returned, nothing is written. */
  | { outcome: "ALREADY_OPEN"; cta: CtaRow }
  /** The same CTA was closed less than the cooldown ago: `cta` is that closed one, nothing is written. */
  | { outcome: "COOLDOWN"; cta: CtaRow; cooldownUntil: Date }
  | { outcome: "ACCOUNT_NOT_FOUND" };

export async function raiseCta(db: Database, request: RaiseCtaRequest, now: Date = new Date()): Promise<RaiseCtaResult> {
  if (!isUuid(request.accountId)) return { outcome: "ACCOUNT_NOT_FOUND" };
  const result = await insertCta(db, request, now);
  if (result.outcome === "RAISED") ctaEvents.inc({ event: "created", type: request.type });
  return result;
}

async function insertCta(db: Database, request: RaiseCtaRequest, now: Date): Promise<RaiseCtaResult> {
  const ctas = new CtaRepository(db, request.organizationId);
  const playbooks = new PlaybookRepository(db, request.organizationId);
  const { accounts } = schema;
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: accounts.id, csmId: accounts.csmId })
      .from(accounts)
      .where(and(eq(accounts.organizationId, request.organizationId), eq(accounts.id, request.accountId)));
    if (!account) return { outcome: "ACCOUNT_NOT_FOUND" } as const;

    const open = await ctas.findOpen(tx, account.id, request.type, request.reason);
    if (open) return { outcome: "ALREADY_OPEN", cta: open } as const;

    const playbook = await playbooks.forTypeAndReason(tx, request.type, request.reason);
    if (request.source !== "MANUAL") {
      const cooldownDays = playbook?.cooldownDays ?? DEFAULT_COOLDOWN_DAYS;
      const recent = await ctas.closedSince(tx, account.id, request.type, request.reason, new Date(now.getTime() - cooldownDays * DAY_MS));
      if (recent) return { outcome: "COOLDOWN", cta: recent, cooldownUntil: new Date(recent.closedAt!.getTime() + cooldownDays * DAY_MS) } as const;
    }

    const cta = await ctas.insert(tx, {
      accountId: account.id,
      type: request.type,
      reason: request.reason,
      priority: request.priority,
      // Unassigned work goes to the account's CSM.
      ownerId: request.ownerId ?? account.csmId ?? null,
      dueAt: request.dueAt ?? defaultDueAt(request.priority, now),
      status: "OPEN",
      source: request.source,
      sourceRef: request.sourceRef ?? null,
      playbookId: playbook?.id ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!cta) {
      // A concurrent raise inserted it after our check; the index kept it to one.
      const winner = await ctas.findOpen(tx, account.id, request.type, request.reason);
      return { outcome: "ALREADY_OPEN", cta: winner! } as const;
    }
    const tasks = await ctas.insertTasks(
      tx,
      cta.id,
      (playbook?.tasks ?? []).map((t) => ({ title: t.title, dueAt: new Date(now.getTime() + t.dueOffsetDays * DAY_MS) })),
    );
    return { outcome: "RAISED", cta, tasks } as const;
  });
}
