/** SQL for catalog items, always scoped to the caller's organization. */
import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

export type ItemRow = typeof schema.items.$inferSelect;
export type NewItemRow = Omit<typeof schema.items.$inferInsert, "organizationId" | "id" | "createdAt">;
type Executor = Database | Transaction;

const { items } = schema;

export interface ItemQuery {
  category?: string[];
  search?: string;
  inStock?: boolean;
}

export interface ItemCursor {
  name: string;
  id: string;
}

export class ItemRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(items.organizationId, this.organizationId);
  }

  /** Ids that are not UUIDs cannot match. */
  findByIds(ids: readonly string[], tx: Executor = this.db): Promise<ItemRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(items)
      .where(and(this.owned(), inArray(items.id, valid)));
  }

  findByExternalIds(externalIds: readonly string[], tx: Executor = this.db): Promise<ItemRow[]> {
    if (externalIds.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(items)
      .where(and(this.owned(), inArray(items.externalId, [...externalIds])));
  }

  /** Every item of the organization (the recommenders' candidate set). */
  all(): Promise<ItemRow[]> {
    return this.db.select().from(items).where(this.owned());
  }

  /** Inserts new items and replaces existing ones (by externalId), returning them all. */
  upsert(tx: Transaction, rows: NewItemRow[]): Promise<ItemRow[]> {
    const excluded = (column: string) => sql.raw(`excluded.${column}`);
    return tx
      .insert(items)
      .values(rows.map((row) => ({ ...row, organizationId: this.organizationId })))
      .onConflictDoUpdate({
        target: [items.organizationId, items.externalId],
        set: {
          name: excluded("name"),
          category: excluded("category"),
          listPrice: excluded("list_price"),
          stock: excluded("stock"),
          attributes: excluded("attributes"),
          updatedAt: excluded("updated_at"),
        },
      })
      .returning();
  }

  page(query: ItemQuery, limit: number, after?: ItemCursor): Promise<ItemRow[]> {
    const conditions = this.conditions(query);
    if (after) conditions.push(sql`(${items.name}, ${items.id}) > (${after.name}, ${after.id}::uuid)`);
    return this.db
      .select()
      .from(items)
      .where(and(...conditions))
      .orderBy(asc(items.name), asc(items.id))
      .limit(limit);
  }

  async count(query: ItemQuery): Promise<number> {
    const rows = await this.db
      .select({ n: count() })
      .from(items)
      .where(and(...this.conditions(query)));
    return rows[0]?.n ?? 0;
  }

  private conditions(query: ItemQuery): SQL[] {
    const conditions = [this.owned()];
    if (query.category) conditions.push(inArray(items.category, query.category.length ? query.category : [""]));
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(items.name, pattern), ilike(items.externalId, pattern))!);
    }
    if (query.inStock === true) conditions.push(or(isNull(items.stock), gt(items.stock, 0))!);
    if (query.inStock === false) conditions.push(lte(items.stock, 0));
    return conditions;
  }
}
