/** SQL for accounts, always scoped to the caller's organization. */
import { and, asc, count, eq, inArray, not, sql, type SQL } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database, type Transaction } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";
import { AT_RISK_HEALTH_BELOW } from "./account-risk";

export type AccountRow = typeof schema.accounts.$inferSelect;
export type NewAccountRow = typeof schema.accounts.$inferInsert;
export type Tx = Transaction;

const { accounts } = schema;

export interface AccountQuery {
  lifecycleStage?: string;
  atRisk?: boolean;
  /** Only accounts this user owns as their CSM. */
  csmId?: string;
}

/** Where a page of the accounts list ends: the sort keys of its last account. */
export interface AccountListCursor {
  healthScore: number;
  name: string;
  id: string;
}

const byDomainsRead = preparedRead((db, size) =>
  db
    .select()
    .from(accounts)
    .where(and(eq(accounts.organizationId, sql.placeholder("organizationId")), inList(accounts.domain, "domains", size)))
    .prepare("customer_success_accounts_by_domains"),
);

export class AccountRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(accounts.organizationId, this.organizationId);
  }

  /** Ids that are not UUIDs cannot match (and would make the uuid comparison fail). */
  findByIds(ids: readonly string[], db: Database | Tx = this.db): Promise<AccountRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(accounts)
      .where(and(this.owned(), inArray(accounts.id, valid)));
  }

  /** Domains must already be normalized (lower-case). */
  findByDomains(domains: readonly string[]): Promise<AccountRow[]> {
    if (domains.length === 0) return Promise.resolve([]);
    return byDomainsRead(this.db, domains.length).execute({ organizationId: this.organizationId, ...listValues("domains", domains) });
  }

  /** One keyset page of the accounts the query keeps: weakest health first, then by name and id. */
  page(query: AccountQuery, limit: number, after?: AccountListCursor): Promise<AccountRow[]> {
    const conditions = this.matching(query);
    if (after) conditions.push(sql`(${accounts.healthScore}, ${accounts.name}, ${accounts.id}) > (${after.healthScore}::int, ${after.name}::text, ${after.id}::uuid)`);
    return this.db
      .select()
      .from(accounts)
      .where(and(...conditions))
      .orderBy(asc(accounts.healthScore), asc(accounts.name), asc(accounts.id))
      .limit(limit);
  }

  async count(query: AccountQuery): Promise<number> {
    const rows = await this.db
      .select({ n: count() })
      .from(accounts)
      .where(and(...this.matching(query)));
    return rows[0]?.n ?? 0;
  }

  private matching(query: AccountQuery): SQL[] {
    const conditions = [this.owned()];
    if (query.lifecycleStage) conditions.push(eq(accounts.lifecycleStage, query.lifecycleStage as AccountRow["lifecycleStage"]));
    if (query.atRisk != null) conditions.push(query.atRisk ? atRisk() : not(atRisk()));
    if (query.csmId) conditions.push(eq(accounts.csmId, query.csmId));
    return conditions;
  }

  async lockById(tx: Tx, id: string): Promise<AccountRow | undefined> {
    const rows = await tx
      .select()
      .from(accounts)
      .where(and(this.owned(), eq(accounts.id, id)))
      .for("update");
    return rows[0];
  }

  async lockByDomain(tx: Tx, domain: string): Promise<AccountRow | undefined> {
    const rows = await tx
      .select()
      .from(accounts)
      .where(and(this.owned(), eq(accounts.domain, domain)))
      .for("update");
    return rows[0];
  }

  /** Creates an account; undefined when a concurrent call created one with this domain first. */
  async insert(tx: Tx, row: Omit<NewAccountRow, "organizationId">): Promise<AccountRow | undefined> {
    const rows = await tx
      .insert(accounts)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoNothing({ target: [accounts.organizationId, accounts.domain] })
      .returning();
    return rows[0];
  }

  async update(tx: Tx, id: string, changes: Partial<NewAccountRow>): Promise<AccountRow> {
    const rows = await tx
      .update(accounts)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(this.owned(), eq(accounts.id, id)))
      .returning();
    return rows[0]!;
  }
}

/** Sets many accounts' current health in one statement per 1,000 accounts. */
export async function setHealthScores(tx: Tx, organizationId: string, scores: { id: string; score: number }[]): Promise<void> {
  for (let i = 0; i < scores.length; i += 1000) {
    const values = sql.join(
      scores.slice(i, i + 1000).map((s) => sql`(${s.id}::uuid, ${s.score}::integer)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${accounts} set health_score = v.score, updated_at = now() from (values ${values}) as v(id, score) where ${accounts.id} = v.id and ${accounts.organizationId} = ${organizationId}`,
    );
  }
}

/** isAtRisk (account-risk.ts) in SQL. */
function atRisk(): SQL {
  return sql`(${accounts.lifecycleStage} = 'AT_RISK' or (${accounts.lifecycleStage} <> 'CHURNED' and ${accounts.healthScore} < ${AT_RISK_HEALTH_BELOW}))`;
}
