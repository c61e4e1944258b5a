/** SQL for playbooks, always scoped to the caller's organization. */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { CtaReason, CtaType } from "@revgraph/db/vocabulary";
import { isUuid } from "@revgraph/graph";
import { DEFAULT_PLAYBOOKS } from "./default-playbooks";

export type PlaybookRow = typeof schema.playbooks.$inferSelect;
export type NewPlaybookRow = typeof schema.playbooks.$inferInsert;
/** A database or a transaction: repositories run inside the caller's transaction when given one. */
export type Executor = Pick<Database, "select" | "insert" | "update">;

const { playbooks } = schema;

export class PlaybookRepository {
  constructor(
    private readonly db: Executor,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(playbooks.organizationId, this.organizationId);
  }

  /** Inserts the built-in playbooks this organization does not have yet (concurrent calls are harmless). */
  async ensureDefaults(tx: Executor = this.db): Promise<void> {
    await tx
      .insert(playbooks)
      .values(DEFAULT_PLAYBOOKS.map((p) => ({ ...p, organizationId: this.organizationId })))
      .onConflictDoNothing({ target: [playbooks.organizationId, playbooks.ctaType, playbooks.ctaReason] });
  }

  list(): Promise<PlaybookRow[]> {
    return this.db.select().from(playbooks).where(this.owned()).orderBy(asc(playbooks.ctaType), asc(playbooks.ctaReason));
  }

  findByIds(ids: readonly string[]): Promise<PlaybookRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(playbooks)
      .where(and(this.owned(), inArray(playbooks.id, valid)));
  }

  /** The organization's playbook for a CTA type + reason, inserting the built-in one first if it is due. */
  async forTypeAndReason(tx: Executor, type: CtaType, reason: CtaReason): Promise<PlaybookRow | undefined> {
    const find = async () => {
      const rows = await tx
        .select()
        .from(playbooks)
        .where(and(this.owned(), eq(playbooks.ctaType, type), eq(playbooks.ctaReason, reason)));
      return rows[0];
    };
    const found = await find();
    if (found || !DEFAULT_PLAYBOOKS.some((p) => p.ctaType === type && p.ctaReason === reason)) return found;
    await this.ensureDefaults(tx);
    return find();
  }

  /** Undefined when the organization already has a playbook for this type + reason. */
  async insert(tx: Executor, row: Omit<NewPlaybookRow, "organizationId">): Promise<PlaybookRow | undefined> {
    const rows = await tx
      .insert(playbooks)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoNothing({ target: [playbooks.organizationId, playbooks.ctaType, playbooks.ctaReason] })
      .returning();
    return rows[0];
  }

  async update(tx: Executor, id: string, changes: Partial<Pick<NewPlaybookRow, "name" | "tasks" | "cooldownDays">>): Promise<PlaybookRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows = await tx
      .update(playbooks)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(this.owned(), eq(playbooks.id, id)))
      .returning();
    return rows[0];
  }
}
