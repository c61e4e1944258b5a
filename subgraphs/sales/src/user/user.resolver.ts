import { Ctx, Query, Resolver } from "type-graphql";
import type { SalesContext } from "../context";
import { toUser } from "./user.mapper";
import { User } from "./user.type";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: "The signed-in user." })
  async me(@Ctx() ctx: SalesContext): Promise<User> {
    const row = await ctx.loaders.user.load(ctx.identity.userId);
    if (!row) throw new Error("The signed-in user was not provisioned");
    return toUser(row);
  }
}
