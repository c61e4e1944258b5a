/** What the price-response model learns from, scoped to the caller's organization: closed offers and the budgets profiles state. */
import { and, eq, isNotNull } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { ProfilePreferences } from "@revgraph/db/schema";

const { offers, customerProfiles } = schema;

export interface ClosedOffer {
  leadId: string;
  discount: number;
  accepted: boolean;
  madeAt: Date;
}

export class PricingRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async closedOffers(): Promise<ClosedOffer[]> {
    const rows = await this.db
      .select({ leadId: offers.leadId, discount: offers.discount, outcome: offers.outcome, madeAt: offers.madeAt })
      .from(offers)
      .where(and(eq(offers.organizationId, this.organizationId), isNotNull(offers.outcome)));
    return rows.map((row) => ({ leadId: row.leadId, discount: row.discount, accepted: row.outcome === "ACCEPTED", madeAt: row.madeAt }));
  }

  async preferencesByLead(): Promise<Map<string, ProfilePreferences>> {
    const rows = await this.db
      .select({ leadId: customerProfiles.leadId, preferences: customerProfiles.preferences })
      .from(customerProfiles)
      .where(eq(customerProfiles.organizationId, this.organizationId));
    return new Map(rows.map((row) => [row.leadId, row.preferences] as const));
  }
}
