import { Directive, Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { OFFER_APPROVER_ROLES } from "@revgraph/db/vocabulary";
import { upperCaseEnumObject } from "@revgraph/graph";

/** The GraphQL enum, built from the one list of approver roles (@revgraph/db/vocabulary). */
export const OfferApproverRole = upperCaseEnumObject(OFFER_APPROVER_ROLES);
registerEnumType(OfferApproverRole, {
  name: "OfferApproverRole",
  description: "Who may approve an offer above the organization's maximum discount.",
  valuesConfig: { MANAGER: { description: "Managers and admins." }, ADMIN: { description: "Admins only." } },
});

/** The sales subgraph's offer policy, shown here beside the suggestions that keep it (the same fields, resolved from its view). */
@Directive("@shareable")
@ObjectType({
  description:
    "The organization's limits on offers: recorded offers keep them (above the maximum only with approval), suggested offers and bundle prices never leave them. Shares are fractions of the list price.",
})
export class OfferPolicy {
  @Field(() => Float, { description: "Largest discount an offer may carry without approval, and the most a suggestion or bundle ever carries (0-1)." })
  maxDiscount!: number;

  @Field(() => Float, { description: "Margin that must remain after the discount, as a share of the list price (0-1)." })
  marginFloor!: number;

  @Field(() => Float, { description: "The items' unit cost as a share of the list price; 0 counts margins on revenue." })
  costShare!: number;

  @Field(() => Float, { description: "The largest discount allowed once the margin floor is kept: min(maxDiscount, 1 − costShare − marginFloor)." })
  allowedDiscount!: number;

  @Field(() => OfferApproverRole, { description: "Who may approve (and so record) an offer above maxDiscount; no one may go below the margin floor." })
  approverRole!: string;

  @Field(() => Boolean, { description: "True while the organization has not set a policy and the default (10% maximum, no floor, managers approve) applies." })
  isDefault!: boolean;

  @Field(() => Date, { nullable: true, description: "When the policy was last changed; null for the default." })
  updatedAt!: Date | null;
}
