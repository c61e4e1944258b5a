/**
 * Recommendations and bundles: reads the organization's purchases, catalog and profile signals
 * once per request, builds the co-occurrence model from them, and answers any number of leads.
 */
import { badInput } from "@revgraph/graph";
import type { ItemRepository, ItemRow, PurchaseRepository } from "../commerce/commerce.repository";
import type { OwnLeadCheck } from "../lead/lead.loaders";
import type { OfferPolicyService } from "../pricing/offer-policy.service";
import { bundlePrice, type BundlePrice } from "../pricing/bundle-price";
import type { OfferResponseModel } from "../pricing/offer-response";
import { findBundles, type BundleCandidate } from "./bundles";
import { buildCoOccurrence, recommend, type CandidateItem, type CoOccurrenceModel, type Interaction, type Preferences, type Recommendation } from "./co-occurrence";
import { FingerprintCache } from "./catalog-cache";
import type { ProfileSignals, RecommendationRepository } from "./recommendation.repository";

export const MAX_RECOMMENDATIONS = 50;
export const MAX_BUNDLES = 50;

interface CatalogData {
  items: Map<string, ItemRow>;
  candidates: Map<string, CandidateItem>;
  model: CoOccurrenceModel;
  historyByLead: Map<string, Interaction[]>;
  profileByLead: Map<string, ProfileSignals>;
  idByExternal: Map<string, string>;
  baskets: Map<string, string[]>;
}

export interface BundleResult extends BundleCandidate {
  items: ItemRow[];
  pricing: BundlePrice;
}

/** Where bundle prices come from: the policy in force and the learned response to past offers. */
export interface BundlePricing {
  policy: Pick<OfferPolicyService, "get">;
  responseModel(): Promise<OfferResponseModel | null>;
}

/** Shared by every request of this process: the model is rebuilt only when an organization's inputs change. */
const catalogs = new FingerprintCache<CatalogData>();

export class RecommendationService {
  private data?: Promise<CatalogData>;

  constructor(
    private readonly items: ItemRepository,
    private readonly purchases: PurchaseRepository,
    private readonly signals: RecommendationRepository,
    private readonly isOwnLead: OwnLeadCheck,
    private readonly pricing: BundlePricing,
  ) {}

  private load(): Promise<CatalogData> {
    this.data ??= this.signals.fingerprint().then((fingerprint) => catalogs.get(this.signals.organizationId, fingerprint, () => this.build()));
    return this.data;
  }

  private async build(): Promise<CatalogData> {
    const [items, facts, profiles] = await Promise.all([this.items.all(), this.purchases.facts(), this.signals.profileSignals()]);
    const idByExternal = new Map(items.map((item) => [item.externalId, item.id] as const));
    const interactions: Interaction[] = facts.map((f) => ({ leadId: f.leadId, itemId: f.itemId, kind: "PURCHASE" }));
    for (const profile of profiles) {
      for (const ref of [...profile.viewedItems, ...profile.interests]) {
        const itemId = idByExternal.get(ref.itemId);
        if (itemId) interactions.push({ leadId: profile.leadId, itemId, kind: "VIEW" });
      }
    }
    const historyByLead = new Map<string, Interaction[]>();
    for (const i of interactions) historyByLead.set(i.leadId, [...(historyByLead.get(i.leadId) ?? []), i]);
    const baskets = new Map<string, string[]>();
    for (const f of facts) baskets.set(f.purchaseId, [...(baskets.get(f.purchaseId) ?? []), f.itemId]);
    return {
      items: new Map(items.map((item) => [item.id, item] as const)),
      candidates: new Map(items.map((item) => [item.id, toCandidate(item)] as const)),
      model: buildCoOccurrence(interactions),
      historyByLead,
      profileByLead: new Map(profiles.map((p) => [p.leadId, p] as const)),
      idByExternal,
      baskets,
    };
  }

  /** The lead's top items; none for another organization's lead or an id that is no lead (not the popular items). */
  async forLead(leadId: string, first: number): Promise<(Recommendation & { item: ItemRow })[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_RECOMMENDATIONS) throw badInput("first", `first must be between 0 and ${MAX_RECOMMENDATIONS}, got ${first}`);
    const [own, data] = await Promise.all([this.isOwnLead(leadId), this.load()]);
    if (!own) return [];
    const profile = data.profileByLead.get(leadId);
    const rejected = new Set((profile?.rejectedItems ?? []).flatMap((r) => data.idByExternal.get(r.itemId) ?? []));
    const result = recommend({
      model: data.model,
      history: data.historyByLead.get(leadId) ?? [],
      rejected,
      candidates: data.candidates,
      preferences: profile ? toPreferences(profile) : null,
      first,
    });
    return result.map((r) => ({ ...r, item: data.items.get(r.itemId)! }));
  }

  async bundles(first: number): Promise<BundleResult[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_BUNDLES) throw badInput("first", `first must be between 0 and ${MAX_BUNDLES}, got ${first}`);
    const [data, policy, model] = await Promise.all([this.load(), this.pricing.policy.get(), this.pricing.responseModel()]);
    const found = findBundles(
      [...data.baskets.values()].map((itemIds) => ({ itemIds })),
      first,
    );
    return found.map((b) => {
      const items = b.itemIds.map((id) => data.items.get(id)!);
      return {
        ...b,
        items,
        pricing: bundlePrice(
          items.map((item) => item.listPrice),
          policy,
          model,
        ),
      };
    });
  }
}

function toCandidate(item: ItemRow): CandidateItem {
  const values = Object.values(item.attributes).filter((v): v is string => typeof v === "string");
  return { id: item.id, name: item.name, listPrice: item.listPrice, tags: [item.category ?? "", ...values].filter(Boolean).map((t) => t.toLowerCase()) };
}

function toPreferences(profile: ProfileSignals): Preferences {
  const p = profile.preferences;
  const wanted = [...(p.locations ?? []), ...(p.configurations ?? []), ...(p.mustHaveAmenities ?? [])].map((v) => v.toLowerCase());
  return { wanted, budgetMax: p.budgetMax ?? null };
}
