/** The CTA queue and the work on a CTA: create (through raiseCta), assign, snooze, complete tasks, close. */
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { CtaCloseReason, CtaStatus } from "@revgraph/db/vocabulary";
import { UserError, badInput, ctaEvents, isUuid } from "@revgraph/graph";
import { decodeCursor, encodeCursor } from "./cta.cursor";
import {
  DEFAULT_ACCOUNT_CTAS,
  MAX_CTA_PAGE,
  type AssignCtaInput,
  type CloseCtaInput,
  type CompleteCtaTaskInput,
  type CreateCtaInput,
  type CtaFilter,
  type SnoozeCtaInput,
} from "./cta.input";
import type { CtaQuery, CtaRepository, CtaRow } from "./cta.repository";
import { validateCreateCta, validateId, validateOwnerId, validateSnooze } from "./cta.validation";
import { raiseCta } from "./raise-cta";

export interface CtaPage {
  rows: CtaRow[];
  cursors: string[];
  hasNextPage: boolean;
  query: CtaQuery;
}

export interface CtaResult {
  cta: CtaRow | null;
  errors: UserError[];
}

const fail = (errors: UserError[]): CtaResult => ({ cta: null, errors });
const notFound = (field: string, what: string, id: string) => fail([UserError.of(field, "NOT_FOUND", `${what} ${id} was not found`)]);
const closed = (field: string, id: string) => fail([UserError.of(field, "ALREADY_CLOSED", `CTA ${id} is closed`)]);

export class CtaService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly ctas: CtaRepository,
    readonly now: () => Date = () => new Date(),
  ) {}

  async queue(first: number, after: string | null | undefined, filter: CtaFilter | null | undefined): Promise<CtaPage> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_CTA_PAGE) throw badInput("first", `first must be between 0 and ${MAX_CTA_PAGE}`);
    const query = this.resolveFilter(filter);
    const cursor = after ? decodeCursor("after", after) : undefined;
    const rows = await this.ctas.page(query, first + 1, this.now(), cursor);
    const page = rows.slice(0, first);
    return { rows: page, cursors: page.map(encodeCursor), hasNextPage: rows.length > first, query };
  }

  count(query: CtaQuery): Promise<number> {
    return this.ctas.count(query, this.now());
  }

  private resolveFilter(filter: CtaFilter | null | undefined): CtaQuery {
    if (filter?.mine && filter.ownerId != null) throw badInput("filter.mine", "Use only one of filter.mine and filter.ownerId");
    if (filter?.ownerId != null && validateOwnerId("filter.ownerId", filter.ownerId).length) throw badInput("filter.ownerId", "filter.ownerId must be 1-200 characters");
    if (filter?.accountId != null && !isUuid(filter.accountId)) throw badInput("filter.accountId", "filter.accountId must be a UUID");
    if (filter?.status != null && filter.status.length === 0) throw badInput("filter.status", "filter.status must name at least one status");
    return {
      statuses: filter?.status ?? ["OPEN"],
      ownerId: filter?.mine ? this.identity.userId : (filter?.ownerId ?? undefined),
      type: filter?.type ?? undefined,
      priority: filter?.priority ?? undefined,
      dueBefore: filter?.dueBefore ?? undefined,
      accountId: filter?.accountId ?? undefined,
    };
  }

  /** Checks Account.ctas arguments; the CTAs come through the per-request loader. */
  accountCtasArgs(status: CtaStatus[] | null | undefined, first: number | null | undefined): { statuses: CtaStatus[]; first: number } {
    const size = first ?? DEFAULT_ACCOUNT_CTAS;
    if (!Number.isInteger(size) || size < 0 || size > MAX_CTA_PAGE) throw badInput("first", `first must be between 0 and ${MAX_CTA_PAGE}`);
    if (status != null && status.length === 0) throw badInput("status", "status must name at least one status");
    return { statuses: [...new Set<CtaStatus>(status ?? ["OPEN"])].sort(), first: size };
  }

  /** A CTA raised by the caller: MANUAL, owned by the caller unless they name someone; cooldown does not apply. */
  async create(input: CreateCtaInput): Promise<CtaResult> {
    const now = this.now();
    const errors = validateCreateCta(input, now);
    if (errors.length) return fail(errors);
    const result = await raiseCta(
      this.db,
      {
        organizationId: this.identity.organizationId,
        accountId: input.accountId,
        type: input.type,
        reason: input.reason,
        source: "MANUAL",
        priority: input.priority,
        dueAt: input.dueAt,
        ownerId: input.ownerId?.trim() ?? this.identity.userId,
      },
      now,
    );
    switch (result.outcome) {
      case "RAISED":
        return { cta: result.cta, errors: [] };
      case "ACCOUNT_NOT_FOUND":
        return notFound("input.accountId", "Account", input.accountId);
      case "ALREADY_OPEN":
        return fail([UserError.of("input.reason", "ALREADY_OPEN", `The account already has an open ${input.type} CTA for ${input.reason} (${result.cta.id})`)]);
      default:
        throw new Error(`raiseCta answered ${result.outcome} to a MANUAL CTA`);
    }
  }

  assign(input: AssignCtaInput): Promise<CtaResult> {
    const errors = [...validateId("input.ctaId", input.ctaId), ...validateOwnerId("input.ownerId", input.ownerId)];
    return this.change(input.ctaId, errors, () => ({ ownerId: input.ownerId.trim() }));
  }

  snooze(input: SnoozeCtaInput): Promise<CtaResult> {
    return this.change(input.ctaId, validateSnooze(input, this.now()), () => ({ status: "SNOOZED", snoozedUntil: input.until }));
  }

  async close(input: CloseCtaInput): Promise<CtaResult> {
    const now = this.now();
    const result = await this.change(input.ctaId, validateId("input.ctaId", input.ctaId), () => ({
      status: "CLOSED",
      closeReason: input.reason as CtaCloseReason,
      closedAt: now,
      snoozedUntil: null,
    }));
    if (result.cta && result.errors.length === 0) ctaEvents.inc({ event: "closed", type: result.cta.type });
    return result;
  }

  /** Applies a change to a CTA that is not closed, under a row lock. */
  private async change(ctaId: string, errors: UserError[], changes: () => Parameters<CtaRepository["update"]>[2]): Promise<CtaResult> {
    if (errors.length) return fail(errors);
    return this.db.transaction(async (tx) => {
      const current = await this.ctas.lock(tx, ctaId);
      if (!current) return notFound("input.ctaId", "CTA", ctaId);
      if (current.status === "CLOSED") return closed("input.ctaId", ctaId);
      return { cta: await this.ctas.update(tx, ctaId, changes()), errors: [] };
    });
  }

  async completeTask(input: CompleteCtaTaskInput): Promise<CtaResult> {
    const errors = validateId("input.taskId", input.taskId);
    if (errors.length) return fail(errors);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const task = await this.ctas.findTask(tx, input.taskId);
      if (!task) return notFound("input.taskId", "Task", input.taskId);
      const cta = await this.ctas.lock(tx, task.ctaId);
      if (!cta) return notFound("input.taskId", "Task", input.taskId);
      if (cta.status === "CLOSED") return closed("input.taskId", cta.id);
      // Completing twice keeps the first completion time.
      if (input.done !== (task.doneAt !== null)) await this.ctas.setTaskDone(tx, task.id, input.done ? now : null);
      return { cta: await this.ctas.update(tx, cta.id, {}), errors: [] };
    });
  }
}
