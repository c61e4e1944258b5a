/** The catalog: keyset pages and all-or-nothing bulk upserts by externalId. */
import { UserError, badInput } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import type { ItemAttributes } from "@revgraph/db/schema";
import { decodeItemCursor, encodeItemCursor } from "./item.cursor";
import { MAX_ITEMS_PAGE, MAX_ITEMS_PER_CALL, type ItemFilter, type ItemInput } from "./item.input";
import type { ItemQuery, ItemRepository, ItemRow } from "./item.repository";
import { duplicateKeys, validateItem } from "./item.validation";

export interface ItemPage {
  rows: ItemRow[];
  cursors: string[];
  hasNextPage: boolean;
  query: ItemQuery;
}

export interface UpsertItemsResult {
  items: ItemRow[];
  created: number;
  updated: number;
  errors: UserError[];
}

export class ItemService {
  constructor(
    private readonly db: Database,
    private readonly items: ItemRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(first: number, after: string | null | undefined, filter: ItemFilter | null | undefined): Promise<ItemPage> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_ITEMS_PAGE) throw badInput("first", `first must be between 0 and ${MAX_ITEMS_PAGE}, got ${first}`);
    if (filter?.search != null && filter.search.length > 200) throw badInput("filter.search", "filter.search must be at most 200 characters");
    const query: ItemQuery = { category: filter?.category ?? undefined, search: filter?.search?.trim() || undefined, inStock: filter?.inStock ?? undefined };
    const cursor = after ? decodeItemCursor("after", after) : undefined;
    const rows = await this.items.page(query, first + 1, cursor);
    const page = rows.slice(0, first);
    return { rows: page, cursors: page.map((row) => encodeItemCursor({ name: row.name, id: row.id })), hasNextPage: rows.length > first, query };
  }

  count(query: ItemQuery): Promise<number> {
    return this.items.count(query);
  }

  /** Writes every item or none; an existing externalId is replaced in full. */
  async upsert(input: ItemInput[]): Promise<UpsertItemsResult> {
    const fail = (errors: UserError[]): UpsertItemsResult => ({ items: [], created: 0, updated: 0, errors });
    if (input.length === 0) return fail([UserError.of("input", "EMPTY", "input must contain at least one item")]);
    if (input.length > MAX_ITEMS_PER_CALL) return fail([UserError.of("input", "LIMIT_EXCEEDED", `At most ${MAX_ITEMS_PER_CALL} items per call; got ${input.length}`)]);
    const errors = [
      ...input.flatMap((row, i) => validateItem(row, `input.${i}.`)),
      ...duplicateKeys(
        input.map((row) => row.externalId?.trim()),
        "externalId",
      ),
    ];
    if (errors.length) return fail(errors);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const externalIds = input.map((row) => row.externalId.trim());
      const existing = await this.items.findByExternalIds(externalIds, tx);
      const written = await this.items.upsert(
        tx,
        input.map((row, i) => ({
          externalId: externalIds[i],
          name: row.name.trim(),
          category: row.category?.trim() || null,
          listPrice: row.listPrice,
          stock: row.stock ?? null,
          attributes: (row.attributes ?? {}) as ItemAttributes,
          updatedAt: now,
        })),
      );
      const byExternal = new Map(written.map((row) => [row.externalId, row] as const));
      return { items: externalIds.map((id) => byExternal.get(id)!), created: input.length - existing.length, updated: existing.length, errors: [] };
    });
  }
}
