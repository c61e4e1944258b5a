import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Cta } from "./cta.type";

@ObjectType({ description: "Result of a CTA mutation: the CTA after it, or null and the reasons nothing changed." })
export class CtaPayload {
  @Field(() => Cta, { nullable: true, description: "The CTA after the call; null when errors is not empty." })
  cta!: Cta | null;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}

@ObjectType({ description: "What one run of the organization's CTA rules did." })
export class RunCtaRulesPayload {
  @Field(() => Int, { description: "Accounts the rules looked at (renewal within 90 days, not churned)." })
  accountsChecked!: number;

  @Field(() => Int, { description: "CTAs raised." })
  raised!: number;

  @Field(() => Int, { description: "Accounts that qualified but already had the CTA open." })
  alreadyOpen!: number;

  @Field(() => Int, { description: "Accounts that qualified but whose CTA was closed within its cooldown." })
  inCooldown!: number;

  @Field(() => [UserError], { description: "Always empty; kept for the payload convention." })
  errors!: UserError[];
}
