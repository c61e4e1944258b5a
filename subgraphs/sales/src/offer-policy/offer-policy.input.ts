import { Field, Float, InputType } from "type-graphql";
import { OfferApproverRole } from "./offer-policy.type";

@InputType({ description: "The whole offer policy; shares are fractions of the list price." })
export class UpdateOfferPolicyInput {
  @Field(() => Float, { description: "Largest discount an offer may carry without approval, and the most a suggestion or bundle ever carries (0-1)." })
  maxDiscount!: number;

  @Field(() => Float, { description: "Margin that must remain after the discount, as a share of the list price (0-1)." })
  marginFloor!: number;

  @Field(() => Float, { defaultValue: 0, description: "The items' unit cost as a share of the list price (0-1, default 0); costShare + marginFloor ≤ 1." })
  costShare!: number;

  @Field(() => OfferApproverRole, { description: "Who may approve (and so record) an offer above maxDiscount; no one may go below the margin floor." })
  approverRole!: "manager" | "admin";
}
