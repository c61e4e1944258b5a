/**
 * Demo commerce: a catalog per organization (its projects plus add-ons and services), purchases
 * and offers, with patterns the models should find:
 * - Modular Kitchen and Interior Design Package are bought in the same purchase far more often than
 *   chance (the top bundle);
 * - after buying, customers come back for services as BG/NBD + Gamma-Gamma customers with known
 *   parameters (DEMO_LIFETIME_TRUTH), and which services depends on the property type they bought;
 * - leads whose budget is below their organization's median are price-sensitive: their chance of
 *   accepting an offer rises steeply with the discount, everyone else's barely.
 */
import type { ItemAttributes } from "@revgraph/db/schema";
import { DEFAULT_OFFER_POLICY } from "@revgraph/db/vocabulary";
import { beta, gamma, type LifetimeValueParameters } from "@revgraph/personalization/models";
import { slug, type OrgDefinition } from "./catalog";
import type { Rng } from "./random";
import { addDays, DAY_MS, type CustomerProfileRow, type ItemRow, type LeadRow, type OfferRow, type PurchaseLineRow, type PurchaseRow } from "./rows";

/** The generative truth of the demo's repeat purchases (time in weeks, spend in rupees). */
export const DEMO_LIFETIME_TRUTH: LifetimeValueParameters = { r: 2, alpha: 10, a: 1.2, b: 6, p: 3, q: 6, gamma: 25_000 };
export const PLANTED_PAIR = ["addon-modular-kitchen", "addon-interior-design-package"] as const;
/** Share of initial purchases holding both items of the planted pair. */
const PAIR_SHARE = 0.35;

const PROPERTY_TYPES = ["Apartment", "Apartment", "Apartment", "Apartment", "Apartment", "Apartment", "Villa", "Villa", "Villa", "Row House", "Row House", "Penthouse"] as const;
const PRICE_BY_TYPE: Record<string, number> = { Apartment: 8_500_000, Villa: 22_000_000, "Row House": 14_000_000, Penthouse: 35_000_000 };

const ADD_ONS = [
  ["Covered Parking Slot", 350_000, 0.5],
  ["Modular Kitchen", 250_000, 0.08],
  ["Interior Design Package", 800_000, 0.08],
  ["Solar Rooftop", 150_000, 0.1],
  ["Home Automation", 120_000, 0.1],
  ["Clubhouse Membership", 50_000, 0.2],
] as const;

const SERVICES = ["Annual Maintenance Plan", "Deep Cleaning", "Pest Control", "Painting", "Extended Warranty", "Landscaping"] as const;
/** Services owners of each property type come back for (80% of their repeat purchases). */
const SERVICE_AFFINITY: Record<string, readonly string[]> = {
  Apartment: ["Annual Maintenance Plan", "Deep Cleaning"],
  Villa: ["Pest Control", "Landscaping"],
  "Row House": ["Pest Control", "Painting"],
  Penthouse: ["Extended Warranty", "Deep Cleaning"],
};

const OFFER_DISCOUNTS = [0, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15] as const;

export interface CommerceData {
  items: ItemRow[];
  purchases: PurchaseRow[];
  purchaseLines: PurchaseLineRow[];
  offers: OfferRow[];
}

export function generateCommerce(rng: Rng, ids: Rng, org: OrgDefinition, leads: readonly LeadRow[], profiles: readonly CustomerProfileRow[], now: Date): CommerceData {
  const created = addDays(now, -200);
  const item = (externalId: string, name: string, category: string, listPrice: number, stock: number | null, attributes: ItemAttributes): ItemRow => ({
    id: ids.uuid(),
    organizationId: org.id,
    externalId,
    name,
    category,
    listPrice,
    stock,
    attributes,
    createdAt: created,
    updatedAt: created,
  });
  const localities = Object.values(org.regions).flat();
  const properties = org.projects.map((name, i) => {
    const type = PROPERTY_TYPES[i % PROPERTY_TYPES.length];
    return item(`prop-${slug(name)}`, name, "Property", Math.round((PRICE_BY_TYPE[type] * rng.range(0.8, 1.25)) / 100_000) * 100_000, rng.int(0, 12), {
      type,
      location: localities[i % localities.length],
      configuration: type === "Apartment" ? (i % 2 ? "2BHK" : "3BHK") : "4BHK",
    });
  });
  const addOns = ADD_ONS.map(([name, price]) => item(`addon-${slug(name)}`, name, "Add-on", price, null, {}));
  const services = SERVICES.map((name) => item(`service-${slug(name)}`, name, "Service", 15_000, null, {}));
  const byExternal = new Map([...properties, ...addOns, ...services].map((row) => [row.externalId, row] as const));
  const serviceByName = new Map(services.map((row) => [row.name, row] as const));

  const purchases: PurchaseRow[] = [];
  const purchaseLines: PurchaseLineRow[] = [];
  const buy = (lead: LeadRow, at: Date, lines: { item: ItemRow; unitPrice: number }[]) => {
    const purchase: PurchaseRow = {
      id: ids.uuid(),
      organizationId: org.id,
      externalId: `demo-order-${purchases.length + 1}`,
      leadId: lead.id,
      accountId: null,
      occurredAt: at,
      total: lines.reduce((sum, line) => sum + line.unitPrice, 0),
      createdAt: at,
    };
    purchases.push(purchase);
    lines.forEach((line, position) =>
      purchaseLines.push({ id: ids.uuid(), organizationId: org.id, purchaseId: purchase.id, position, itemId: line.item.id, quantity: 1, unitPrice: line.unitPrice }),
    );
  };

  const profileByLead = new Map(profiles.map((p) => [p.leadId, p] as const));
  for (const lead of leads) {
    if (lead.status !== "WON" || !lead.closedAt) continue;
    const property = chooseProperty(rng, lead, profileByLead.get(lead.id), properties, byExternal);
    const type = String(property.attributes.type);
    // The initial purchase: the property, the planted pair or its items alone, other add-ons independently.
    const lines = [{ item: property, unitPrice: property.listPrice }];
    const pair = rng.chance(PAIR_SHARE);
    for (const addOn of addOns) {
      const share = ADD_ONS.find(([name]) => name === addOn.name)![2];
      const planted = (PLANTED_PAIR as readonly string[]).includes(addOn.externalId);
      if ((planted && pair) || rng.chance(share)) lines.push({ item: addOn, unitPrice: addOn.listPrice });
    }
    buy(lead, lead.closedAt, lines);

    // Repeat purchases: BG/NBD with the demo truth, services chosen by the property type.
    const truth = DEMO_LIFETIME_TRUTH;
    const lambda = gamma(rng.float, truth.r, truth.alpha);
    const dropout = beta(rng.float, truth.a, truth.b);
    const nu = gamma(rng.float, truth.q, truth.gamma);
    let at = lead.closedAt.getTime();
    for (;;) {
      at += (-Math.log(1 - rng.float()) / lambda) * 7 * DAY_MS;
      if (at >= now.getTime()) break;
      const service = rng.chance(0.8) ? serviceByName.get(rng.pick(SERVICE_AFFINITY[type]))! : rng.pick(services);
      buy(lead, new Date(Math.floor(at / 1000) * 1000), [{ item: service, unitPrice: Math.round(gamma(rng.float, truth.p, nu)) }]);
      if (rng.chance(dropout)) break;
    }
  }

  return { items: [...properties, ...addOns, ...services], purchases, purchaseLines, offers: generateOffers(rng, ids, org, leads, profileByLead, properties, byExternal, now) };
}

/** The property matching the lead's wanted type, preferring the one they viewed most. */
function chooseProperty(rng: Rng, lead: LeadRow, profile: CustomerProfileRow | undefined, properties: readonly ItemRow[], byExternal: Map<string, ItemRow>): ItemRow {
  const wanted = String(lead.attributes.propertyType);
  const matching = properties.filter((p) => p.attributes.type === wanted);
  const viewed = (profile?.viewedItems ?? []).map((v) => byExternal.get(v.itemId)).filter((p): p is ItemRow => !!p);
  const viewedMatching = viewed.find((p) => matching.includes(p));
  return viewedMatching ?? viewed[0] ?? rng.pick(matching.length ? matching : properties);
}

/** Offers on properties to a third of the leads with a profile; price-sensitive leads (budget below the median) respond to the discount. */
function generateOffers(
  rng: Rng,
  ids: Rng,
  org: OrgDefinition,
  leads: readonly LeadRow[],
  profileByLead: Map<string, CustomerProfileRow>,
  properties: readonly ItemRow[],
  byExternal: Map<string, ItemRow>,
  now: Date,
): OfferRow[] {
  const budgets = leads.map((lead) => Number(lead.attributes.budget)).sort((a, b) => a - b);
  const medianBudget = budgets[Math.floor(budgets.length / 2)];
  const offers: OfferRow[] = [];
  for (const lead of leads) {
    const profile = profileByLead.get(lead.id);
    if (!profile || !rng.chance(1 / 3)) continue;
    const sensitive = Number(lead.attributes.budget) < medianBudget;
    const end = (lead.closedAt ?? now).getTime();
    for (let k = rng.int(1, 2); k > 0; k--) {
      const viewed = profile.viewedItems.map((v) => byExternal.get(v.itemId)).filter((p): p is ItemRow => !!p);
      const offered = viewed.length ? rng.pick(viewed) : rng.pick(properties);
      const discount = rng.pick(OFFER_DISCOUNTS);
      const madeAt = new Date(Math.floor((lead.createdAt.getTime() + rng.float() * (end - lead.createdAt.getTime())) / 1000) * 1000);
      const accept = 1 / (1 + Math.exp(-(-1.8 + (sensitive ? 18 : 3) * discount)));
      const outcomeAt = addDays(madeAt, rng.range(1, 7));
      const open = outcomeAt.getTime() > now.getTime();
      const outcome = open ? null : rng.chance(accept) ? "ACCEPTED" : rng.chance(0.7) ? "DECLINED" : "EXPIRED";
      offers.push({
        id: ids.uuid(),
        organizationId: org.id,
        leadId: lead.id,
        itemId: offered.id,
        discount,
        madeAt,
        outcome,
        outcomeAt: outcome ? outcomeAt : null,
        madeBy: lead.assignedToId ?? org.managerId,
        // The demo organizations keep the default policy: a discount above its maximum was approved by the manager.
        approvedBy: discount > DEFAULT_OFFER_POLICY.maxDiscount ? org.managerId : null,
        createdAt: madeAt,
      });
    }
  }
  return offers;
}
