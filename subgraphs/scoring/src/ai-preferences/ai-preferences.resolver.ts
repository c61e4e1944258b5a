import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ScoringContext } from "../context";
import { User } from "../scoring-model/user.type";
import { UpdateAiPreferencesInput } from "./ai-preferences.input";
import { AiPreferences, AiPreferencesPayload } from "./ai-preferences.type";

@Resolver(() => User)
export class UserAiPreferencesResolver {
  @FieldResolver(() => AiPreferences, { nullable: true, description: "The user's assistant preferences; visible only to the user themself (null for anyone else)." })
  async aiPreferences(@Root() user: User, @Ctx() ctx: ScoringContext): Promise<AiPreferences | null> {
    if (user.id !== ctx.identity.userId) return null;
    return ctx.services.aiPreferences.get();
  }

  @Mutation(() => AiPreferencesPayload, { description: "Changes the caller's own assistant preferences; invalid values change nothing and come back as errors." })
  updateAiPreferences(
    @Arg("input", () => UpdateAiPreferencesInput, { description: "The preferences to change; omitted fields keep their values." }) input: UpdateAiPreferencesInput,
    @Ctx() ctx: ScoringContext,
  ): Promise<AiPreferencesPayload> {
    return ctx.services.aiPreferences.update(input);
  }
}
