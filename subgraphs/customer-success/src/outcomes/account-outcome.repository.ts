/** SQL for account outcomes, always scoped to the caller's organization. */
import { and, desc, eq, gt, inArray, lt } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";

export type AccountOutcomeRow = typeof schema.accountOutcomes.$inferSelect;
const { accountOutcomes: outcomes } = schema;

export class AccountOutcomeRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async findByKey(tx: Transaction, idempotencyKey: string): Promise<AccountOutcomeRow | undefined> {
    const rows = await tx
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.organizationId, this.organizationId), eq(outcomes.idempotencyKey, idempotencyKey)));
    return rows[0];
  }

  /** An outcome of the account strictly between `from` and `to`: one in the same renewal period. */
  async findBetween(tx: Transaction, accountId: string, from: Date, to: Date): Promise<AccountOutcomeRow | undefined> {
    const rows = await tx
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.organizationId, this.organizationId), eq(outcomes.accountId, accountId), gt(outcomes.occurredAt, from), lt(outcomes.occurredAt, to)))
      .limit(1);
    return rows[0];
  }

  async insert(tx: Transaction, row: Omit<typeof outcomes.$inferInsert, "organizationId" | "id" | "createdAt">): Promise<AccountOutcomeRow> {
    const [inserted] = await tx
      .insert(outcomes)
      .values({ ...row, organizationId: this.organizationId })
      .returning();
    return inserted!;
  }

  /** Every outcome of these accounts, newest first. */
  forAccounts(accountIds: readonly string[]): Promise<AccountOutcomeRow[]> {
    if (accountIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.organizationId, this.organizationId), inArray(outcomes.accountId, [...accountIds])))
      .orderBy(desc(outcomes.occurredAt), desc(outcomes.id));
  }
}
