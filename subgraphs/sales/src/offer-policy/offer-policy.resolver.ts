import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { SalesContext } from "../context";
import { UpdateOfferPolicyInput } from "./offer-policy.input";
import { OfferPolicy, OfferPolicyPayload } from "./offer-policy.type";

@Resolver(() => OfferPolicy)
export class OfferPolicyResolver {
  @Query(() => OfferPolicy, { description: "The caller's organization's offer policy (the default until one is set)." })
  offerPolicy(@Ctx() ctx: SalesContext): Promise<OfferPolicy> {
    return ctx.services.offerPolicy.get();
  }

  @Mutation(() => OfferPolicyPayload, { description: "Sets the organization's offer policy (managers and admins). Invalid values change nothing and come back as errors." })
  updateOfferPolicy(
    @Arg("input", () => UpdateOfferPolicyInput, { description: "The whole new policy." }) input: UpdateOfferPolicyInput,
    @Ctx() ctx: SalesContext,
  ): Promise<OfferPolicyPayload> {
    return ctx.services.offerPolicy.update(input);
  }
}
