/**
 * Cross-sell and upsell for accounts: reads the organization's catalog and purchase lines once per
 * request (through the commerce read module), builds the co-occurrence model over buyers, and answers
 * any number of accounts. An account's items are those of the purchases recorded with its accountId.
 */
import { badInput } from "@revgraph/graph";
import type { ItemRepository, ItemRow, PurchaseRepository } from "../commerce/commerce.repository";
import { buildCrossSellModel, buyerOf, crossSell, upsell, type AccountSuggestion, type BuyerPurchase, type CatalogEntry, type CrossSellModel } from "./cross-sell";

export const MAX_ACCOUNT_SUGGESTIONS = 50;

interface Data {
  items: Map<string, ItemRow>;
  catalog: Map<string, CatalogEntry>;
  model: CrossSellModel;
  ownedByAccount: Map<string, Set<string>>;
}

export class CrossSellService {
  private data?: Promise<Data>;

  constructor(
    private readonly items: ItemRepository,
    private readonly purchases: PurchaseRepository,
  ) {}

  private load(): Promise<Data> {
    this.data ??= (async () => {
      const [items, facts] = await Promise.all([this.items.all(), this.purchases.facts()]);
      const catalog = new Map(items.map((i) => [i.id, { id: i.id, name: i.name, category: i.category, listPrice: i.listPrice }] as const));
      const bought: BuyerPurchase[] = facts.map((f) => ({ buyerId: buyerOf(f), itemId: f.itemId, at: f.occurredAt }));
      const ownedByAccount = new Map<string, Set<string>>();
      for (const f of facts) if (f.accountId) ownedByAccount.set(f.accountId, (ownedByAccount.get(f.accountId) ?? new Set()).add(f.itemId));
      return { items: new Map(items.map((i) => [i.id, i] as const)), catalog, model: buildCrossSellModel(bought, catalog), ownedByAccount };
    })();
    return this.data;
  }

  crossSell(accountId: string, first: number): Promise<(AccountSuggestion & { item: ItemRow })[]> {
    return this.suggest(accountId, first, crossSell);
  }

  upsell(accountId: string, first: number): Promise<(AccountSuggestion & { item: ItemRow })[]> {
    return this.suggest(accountId, first, upsell);
  }

  /** Empty for an account without purchases in the caller's organization (another organization's account included). */
  private async suggest(accountId: string, first: number, rank: typeof crossSell): Promise<(AccountSuggestion & { item: ItemRow })[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_ACCOUNT_SUGGESTIONS) throw badInput("first", `first must be between 0 and ${MAX_ACCOUNT_SUGGESTIONS}, got ${first}`);
    const data = await this.load();
    const owned = data.ownedByAccount.get(accountId);
    if (!owned) return [];
    return rank(data.model, owned, data.catalog, first).map((s) => ({ ...s, item: data.items.get(s.itemId)! }));
  }
}
