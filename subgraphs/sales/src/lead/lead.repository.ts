/** SQL for leads, always scoped to the caller's organization. */
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database, type Transaction } from "@revgraph/db";
import type { LeadFilter, LeadOrder } from "./lead.input";
import { LeadOrderField, OrderDirection } from "./lead.input";

export type LeadRow = typeof schema.leads.$inferSelect;
export type NewLeadRow = typeof schema.leads.$inferInsert;
type Tx = Transaction;
type Executor = Database | Tx;

const { leads } = schema;

/** Resolved filter: `assigneeId` already names the caller when the client asked for "mine". */
export interface LeadQuery {
  status?: string[];
  assigneeId?: string;
  unassigned?: boolean;
  source?: string[];
  search?: string;
  /** Leads whose email is at this (lower-case) domain: the contacts of an account. */
  emailDomain?: string;
}

export interface KeysetCursor {
  value: string | number | null;
  id: string;
}

const byIdsRead = preparedRead((db, size) =>
  db
    .select()
    .from(leads)
    .where(and(eq(leads.organizationId, sql.placeholder("organizationId")), inList(leads.id, "ids", size)))
    .prepare("sales_leads_by_ids"),
);

export class LeadRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(leads.organizationId, this.organizationId);
  }

  findByIds(ids: readonly string[]): Promise<LeadRow[]> {
    return byIdsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
  }

  findByExternalIds(tx: Executor, externalIds: string[]): Promise<LeadRow[]> {
    if (externalIds.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(leads)
      .where(and(this.owned(), inArray(leads.externalId, externalIds)));
  }

  /** Locks one lead for the rest of the transaction. */
  async lockById(tx: Tx, id: string): Promise<LeadRow | undefined> {
    const rows = await tx
      .select()
      .from(leads)
      .where(and(this.owned(), eq(leads.id, id)))
      .for("update");
    return rows[0];
  }

  /** Inserts leads; rows whose externalId already exists are skipped (and not returned). */
  insertMany(tx: Tx, rows: Omit<NewLeadRow, "organizationId">[]): Promise<LeadRow[]> {
    return tx
      .insert(leads)
      .values(rows.map((row) => ({ ...row, organizationId: this.organizationId })))
      .onConflictDoNothing({ target: [leads.organizationId, leads.externalId] })
      .returning();
  }

  async update(tx: Executor, id: string, changes: Partial<NewLeadRow>): Promise<LeadRow | undefined> {
    const rows = await tx
      .update(leads)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(this.owned(), eq(leads.id, id)))
      .returning();
    return rows[0];
  }

  page(query: LeadQuery, order: LeadOrder, limit: number, after?: KeysetCursor): Promise<LeadRow[]> {
    const sortKey = sortExpression(order.field);
    const ascending = order.direction === OrderDirection.ASC;
    const conditions = this.conditions(query);
    if (after) {
      const cmp = ascending ? sql`>` : sql`<`;
      conditions.push(sql`(${sortKey}, ${leads.id}) ${cmp} (${after.value}, ${after.id})`);
    }
    const direction = ascending ? asc : desc;
    return this.db
      .select()
      .from(leads)
      .where(and(...conditions))
      .orderBy(direction(sortKey), direction(leads.id))
      .limit(limit);
  }

  async count(query: LeadQuery): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(leads)
      .where(and(...this.conditions(query)));
    return row?.n ?? 0;
  }

  private conditions(query: LeadQuery): SQL[] {
    const conditions: SQL[] = [this.owned()];
    if (query.status?.length) conditions.push(inArray(leads.status, query.status as never[]));
    if (query.assigneeId) conditions.push(eq(leads.assignedToId, query.assigneeId));
    if (query.unassigned) conditions.push(isNull(leads.assignedToId));
    if (query.source?.length) conditions.push(inArray(leads.source, query.source));
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(leads.name, pattern), ilike(leads.email, pattern), ilike(leads.company, pattern))!);
    }
    if (query.emailDomain) conditions.push(sql`${emailDomainOf()} = ${query.emailDomain}`);
    return conditions;
  }
}

/** The value a cursor records for each ordering (VALUE sorts missing values as -1). */
export function sortExpression(field: LeadOrderField): SQL {
  switch (field) {
    case LeadOrderField.UPDATED_AT:
      return sql`${leads.updatedAt}`;
    case LeadOrderField.NAME:
      return sql`${leads.name}`;
    case LeadOrderField.VALUE:
      return sql`coalesce(${leads.value}, -1)`;
    default:
      return sql`${leads.createdAt}`;
  }
}

export function sortValue(field: LeadOrderField, row: LeadRow): string | number {
  switch (field) {
    case LeadOrderField.UPDATED_AT:
      return row.updatedAt.toISOString();
    case LeadOrderField.NAME:
      return row.name;
    case LeadOrderField.VALUE:
      return row.value ?? -1;
    default:
      return row.createdAt.toISOString();
  }
}

/** The lower-cased domain of a lead's email without a trailing dot, as customer-success matches accounts. */
function emailDomainOf(): SQL {
  return sql`lower(rtrim(trim(substring(${leads.email} from '@([^@]*)$')), '.'))`;
}
