/** What the price-response model learns from in personalization's own tables, scoped to the caller's organization: the budgets profiles state. */
import { eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { ProfilePreferences } from "@revgraph/db/schema";

const { customerProfiles } = schema;

export class PricingRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async preferencesByLead(): Promise<Map<string, ProfilePreferences>> {
    const rows = await this.db
      .select({ leadId: customerProfiles.leadId, preferences: customerProfiles.preferences })
      .from(customerProfiles)
      .where(eq(customerProfiles.organizationId, this.organizationId));
    return new Map(rows.map((row) => [row.leadId, row.preferences] as const));
  }
}
