import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ScoringContext } from "../context";
import { defaultScoringModel, toScoringModel } from "./scoring-model.mapper";
import { ScoringModel } from "./scoring-model.type";
import { User } from "./user.type";

@Resolver(() => User)
export class UserScoringResolver {
  @FieldResolver(() => ScoringModel, { nullable: true, description: "The model serving this user's predictions; visible to the user and to managers and admins." })
  async scoringModel(@Root() user: User, @Ctx() ctx: ScoringContext): Promise<ScoringModel | null> {
    if (!ctx.services.models.maySee(user.id)) return null;
    const row = await ctx.services.models.serving(user.id);
    return row ? toScoringModel(row, ctx.identity.userId) : defaultScoringModel();
  }
}

export const userReference = {
  User: { __resolveReference: (ref: { id: string }) => Object.assign(new User(), { id: ref.id }) },
};
