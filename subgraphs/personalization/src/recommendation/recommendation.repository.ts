/** SQL for what the recommenders read from customer profiles (views, interests, rejections, preferences), scoped to the caller's organization. */
import { eq, sql } from "drizzle-orm";
import { rowsOf, schema, type Database } from "@revgraph/db";

export type ProfileSignals = Pick<typeof schema.customerProfiles.$inferSelect, "leadId" | "viewedItems" | "interests" | "rejectedItems" | "preferences">;

const { customerProfiles: profiles, itemsForPersonalization: items, purchasesForPersonalization: purchases } = schema;

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

  /**
   * What the recommenders' inputs look like now, in one cheap statement: the catalog's rows hashed,
   * the purchases counted and their ids hashed (purchases and their lines are written once), and the
   * profiles counted with their latest update. Equal fingerprints mean equal inputs.
   */
  async fingerprint(): Promise<string> {
    const org = this.organizationId;
    const result = await this.db.execute(sql`
      select
        (select count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', ${items.id}, ${items.name}, ${items.category}, ${items.listPrice}, ${items.stock}, ${items.attributes}::text))::bigint), 0)
           from ${items} where ${items.organizationId} = ${org}) as items,
        (select count(*) || ':' || coalesce(sum(hashtext(${purchases.id}::text)::bigint), 0)
           from ${purchases} where ${purchases.organizationId} = ${org}) as purchases,
        (select count(*) || ':' || coalesce(max(${profiles.updatedAt})::text, '')
           from ${profiles} where ${profiles.organizationId} = ${org}) as profiles`);
    const [row] = rowsOf<{ items: string; purchases: string; profiles: string }>(result);
    return `${row?.items}/${row?.purchases}/${row?.profiles}`;
  }
}
