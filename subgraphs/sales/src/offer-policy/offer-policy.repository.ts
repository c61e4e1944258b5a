/** SQL for the organization's offer policy, scoped to the caller's organization. */
import { eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type OfferPolicyRow = typeof schema.offerPolicies.$inferSelect;
type PolicyValues = Omit<OfferPolicyRow, "organizationId" | "updatedAt">;

const { offerPolicies } = schema;

export class OfferPolicyRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async find(): Promise<OfferPolicyRow | undefined> {
    const rows = await this.db.select().from(offerPolicies).where(eq(offerPolicies.organizationId, this.organizationId));
    return rows[0];
  }

  async save(values: PolicyValues): Promise<OfferPolicyRow> {
    const rows = await this.db
      .insert(offerPolicies)
      .values({ ...values, organizationId: this.organizationId })
      .onConflictDoUpdate({ target: offerPolicies.organizationId, set: { ...values, updatedAt: new Date() } })
      .returning();
    return rows[0]!;
  }
}
