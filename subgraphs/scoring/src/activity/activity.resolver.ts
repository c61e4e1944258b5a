import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { ScoringContext } from "../context";
import { leadRef } from "../lead/lead.type";
import { ActivityInput, RecordActivitiesPayload } from "./activity.type";

@Resolver()
export class ActivityResolver {
  @Mutation(() => RecordActivitiesPayload, { description: "Records up to 5,000 activities (all or none) and updates the leads' scores." })
  async recordActivities(
    @Arg("input", () => [ActivityInput], { description: "The activities, 1 to 5,000." }) input: ActivityInput[],
    @Ctx() ctx: ScoringContext,
  ): Promise<RecordActivitiesPayload> {
    const result = await ctx.services.activities.record(input);
    return { recordedCount: result.recorded, leads: result.leadIds.map(leadRef), errors: result.errors };
  }
}
