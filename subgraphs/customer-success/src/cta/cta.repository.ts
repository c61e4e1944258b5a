/** SQL for CTAs and their tasks, always scoped to the caller's organization. */
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { PRIORITIES, type CtaReason, type CtaStatus, type CtaType, type Priority } from "@revgraph/db/vocabulary";
import { isUuid } from "@revgraph/graph";
import type { Executor } from "../playbook/playbook.repository";

export type CtaRow = typeof schema.ctas.$inferSelect;
export type NewCtaRow = typeof schema.ctas.$inferInsert;
export type CtaTaskRow = typeof schema.ctaTasks.$inferSelect;

const { ctas, ctaTasks } = schema;

export interface CtaQuery {
  /** Effective statuses (a snoozed CTA whose date has passed is OPEN). */
  statuses: readonly CtaStatus[];
  ownerId?: string;
  type?: CtaType;
  priority?: Priority;
  dueBefore?: Date;
  accountId?: string;
}

/** Where a page starts: after this CTA in queue order. */
export interface QueueCursor {
  rank: number;
  dueAt: string;
  id: string;
}

/** priorityRank (cta-urgency.ts) in SQL: 0 for URGENT … 3 for LOW. */
export const priorityRankSql = sql<number>`(case ${sql.join(
  PRIORITIES.map((p, i) => sql`when ${ctas.priority} = ${p} then ${i}`),
  sql` `,
)} end)`;

export class CtaRepository {
  constructor(
    private readonly db: Executor,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(ctas.organizationId, this.organizationId);
  }

  /** effectiveStatus (cta-urgency.ts) in SQL, for a set of statuses. */
  private statusIn(statuses: readonly CtaStatus[], now: Date): SQL {
    const parts = statuses.map((status) => {
      if (status === "OPEN") return or(eq(ctas.status, "OPEN"), and(eq(ctas.status, "SNOOZED"), lte(ctas.snoozedUntil, now)))!;
      if (status === "SNOOZED") return and(eq(ctas.status, "SNOOZED"), gt(ctas.snoozedUntil, now))!;
      return eq(ctas.status, "CLOSED");
    });
    return or(...parts)!;
  }

  findByIds(ids: readonly string[]): Promise<CtaRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(ctas)
      .where(and(this.owned(), inArray(ctas.id, valid)));
  }

  /** The queue: most urgent first (priority, then due date, then id), from after `cursor`. */
  page(query: CtaQuery, limit: number, now: Date, cursor?: QueueCursor): Promise<CtaRow[]> {
    const conditions = this.conditions(query, now);
    if (cursor) {
      conditions.push(sql`(${priorityRankSql}, ${ctas.dueAt}, ${ctas.id}) > (${cursor.rank}, ${cursor.dueAt}::timestamptz, ${cursor.id}::uuid)`);
    }
    return this.db
      .select()
      .from(ctas)
      .where(and(...conditions))
      .orderBy(asc(priorityRankSql), asc(ctas.dueAt), asc(ctas.id))
      .limit(limit);
  }

  async count(query: CtaQuery, now: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ctas)
      .where(and(...this.conditions(query, now)));
    return row?.n ?? 0;
  }

  private conditions(query: CtaQuery, now: Date): SQL[] {
    const conditions = [this.owned(), this.statusIn(query.statuses, now)];
    if (query.ownerId) conditions.push(eq(ctas.ownerId, query.ownerId));
    if (query.type) conditions.push(eq(ctas.type, query.type));
    if (query.priority) conditions.push(eq(ctas.priority, query.priority));
    if (query.dueBefore) conditions.push(lte(ctas.dueAt, query.dueBefore));
    if (query.accountId) conditions.push(eq(ctas.accountId, query.accountId));
    return conditions;
  }

  /** Each account's CTAs in these statuses, in queue order, at most `perAccount` each, in one query. */
  forAccounts(accountIds: readonly string[], statuses: readonly CtaStatus[], perAccount: number, now: Date): Promise<CtaRow[]> {
    const valid = accountIds.filter(isUuid);
    if (valid.length === 0 || perAccount <= 0) return Promise.resolve([]);
    const ranked = this.db
      .select({
        id: ctas.id,
        rank: sql<number>`row_number() over (partition by ${ctas.accountId} order by ${priorityRankSql}, ${ctas.dueAt}, ${ctas.id})`.as("rank"),
      })
      .from(ctas)
      .where(and(this.owned(), inArray(ctas.accountId, valid), this.statusIn(statuses, now)))
      .as("ranked");
    return this.db
      .select({ cta: ctas })
      .from(ctas)
      .innerJoin(ranked, eq(ranked.id, ctas.id))
      .where(lte(ranked.rank, perAccount))
      .orderBy(ctas.accountId, ranked.rank)
      .then((rows) => rows.map((r) => r.cta));
  }

  tasksFor(ctaIds: readonly string[]): Promise<CtaTaskRow[]> {
    const valid = ctaIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(ctaTasks)
      .where(and(eq(ctaTasks.organizationId, this.organizationId), inArray(ctaTasks.ctaId, valid)))
      .orderBy(ctaTasks.ctaId, ctaTasks.position);
  }

  /** The open (OPEN or SNOOZED) CTA for this account + type + reason, if any. */
  async findOpen(tx: Executor, accountId: string, type: CtaType, reason: CtaReason): Promise<CtaRow | undefined> {
    const rows = await tx
      .select()
      .from(ctas)
      .where(and(this.owned(), eq(ctas.accountId, accountId), eq(ctas.type, type), eq(ctas.reason, reason), inArray(ctas.status, ["OPEN", "SNOOZED"])));
    return rows[0];
  }

  /** The most recently closed CTA for this account + type + reason closed after `since`, if any. */
  async closedSince(tx: Executor, accountId: string, type: CtaType, reason: CtaReason, since: Date): Promise<CtaRow | undefined> {
    const rows = await tx
      .select()
      .from(ctas)
      .where(
        and(
          this.owned(),
          eq(ctas.accountId, accountId),
          eq(ctas.type, type),
          eq(ctas.reason, reason),
          eq(ctas.status, "CLOSED"),
          isNotNull(ctas.closedAt),
          gt(ctas.closedAt, since),
        ),
      )
      .orderBy(desc(ctas.closedAt))
      .limit(1);
    return rows[0];
  }

  /** Undefined when an open CTA for the same account + type + reason exists (the partial unique index). */
  async insert(tx: Executor, row: Omit<NewCtaRow, "organizationId">): Promise<CtaRow | undefined> {
    const rows = await tx
      .insert(ctas)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoNothing({ target: [ctas.organizationId, ctas.accountId, ctas.type, ctas.reason], where: sql`status in ('OPEN', 'SNOOZED')` })
      .returning();
    return rows[0];
  }

  async insertTasks(tx: Executor, ctaId: string, tasks: readonly { title: string; dueAt: Date }[]): Promise<CtaTaskRow[]> {
    if (tasks.length === 0) return [];
    return tx
      .insert(ctaTasks)
      .values(tasks.map((t, position) => ({ organizationId: this.organizationId, ctaId, position, title: t.title, dueAt: t.dueAt })))
      .returning();
  }

  async lock(tx: Executor, id: string): Promise<CtaRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows = await tx
      .select()
      .from(ctas)
      .where(and(this.owned(), eq(ctas.id, id)))
      .for("update");
    return rows[0];
  }

  async update(tx: Executor, id: string, changes: Partial<Omit<NewCtaRow, "id" | "organizationId">>): Promise<CtaRow> {
    const rows = await tx
      .update(ctas)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(this.owned(), eq(ctas.id, id)))
      .returning();
    return rows[0]!;
  }

  async findTask(tx: Executor, taskId: string): Promise<CtaTaskRow | undefined> {
    if (!isUuid(taskId)) return undefined;
    const rows = await tx
      .select()
      .from(ctaTasks)
      .where(and(eq(ctaTasks.organizationId, this.organizationId), eq(ctaTasks.id, taskId)));
    return rows[0];
  }

  async setTaskDone(tx: Executor, taskId: string, doneAt: Date | null): Promise<void> {
    await tx
      .update(ctaTasks)
      .set({ doneAt })
      .where(and(eq(ctaTasks.organizationId, this.organizationId), eq(ctaTasks.id, taskId)));
  }
}
