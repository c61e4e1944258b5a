/** SQL for what the recommenders read from customer profiles (views, interests, rejections, preferences), scoped to the caller's organization. */
import { eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type ProfileSignals = Pick<typeof schema.customerProfiles.$inferSelect, "leadId" | "viewedItems" | "interests" | "rejectedItems" | "preferences">;

const { customerProfiles: profiles } = schema;

export class RecommendationRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  profileSignals(): Promise<ProfileSignals[]> {
    return this.db
      .select({
        leadId: profiles.leadId,
        viewedItems: profiles.viewedItems,
        interests: profiles.interests,
        rejectedItems: profiles.rejectedItems,
        preferences: profiles.preferences,
      })
      .from(profiles)
      .where(eq(profiles.organizationId, this.organizationId));
  }
}
