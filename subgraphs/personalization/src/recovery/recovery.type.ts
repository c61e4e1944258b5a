import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@revgraph/graph";
import { Item } from "../catalog/item.type";
import { Lead } from "../lead/lead.type";
import { SuggestedOffer } from "../pricing/suggested-offer.type";
import { InterestLevel } from "../profile/profile.type";
import { RecommendedItem } from "../recommendation/recommendation.type";
import { RecoveryPhase, RecoveryPhaseTiming } from "./recovery-timing.type";

export { RecoveryPhase };

@ObjectType({ description: "The item a silent lead showed repeated interest in." })
export class RecoveryInterest {
  @Field(() => String, { description: "The item's externalId, as the profile names it." })
  externalId!: string;

  @Field(() => String, { description: "The item's name, as the profile remembers it." })
  name!: string;

  @Field(() => Int, { description: "How often the lead viewed it (0 when only marked a HIGH interest)." })
  viewCount!: number;

  @Field(() => InterestLevel, { nullable: true, description: "The interest level the profile holds for it, if any." })
  level!: InterestLevel | null;

  @Field(() => Item, { nullable: true, description: "The catalog item, when the organization's catalog has it." })
  item!: Item | null;
}

@ObjectType({ description: "A lead who showed repeated interest (an item viewed at least 3 times, or a HIGH interest) and then went silent, with the recovery step due." })
export class RecoveryCandidate {
  @Field(() => Lead, { description: "The lead." })
  lead!: Lead;

  @Field(() => Date, { description: "When the customer was last active (the profile's lastActiveAt)." })
  lastActiveAt!: Date;

  @Field(() => Int, { description: "Whole days since then." })
  daysSilent!: number;

  @Field(() => RecoveryPhase, { description: "The phase the silence puts the lead in: the last whose learned wait has passed (REMINDER when none has)." })
  phase!: RecoveryPhase;

  @Field(() => Boolean, { description: "True when the lead has been silent at least the phase's wait; false when listed only because silentDays is shorter than the first wait." })
  due!: boolean;

  @Field(() => RecoveryPhaseTiming, { description: "The phase's wait and why: learned from the organization's recovery outcomes, with the evidence, or the default." })
  timing!: RecoveryPhaseTiming;

  @Field(() => RecoveryInterest, { description: "What they were interested in: the most viewed item seen at least 3 times, else the first HIGH interest." })
  interest!: RecoveryInterest;

  @Field(() => String, { description: "The recovery step in words, naming the item and the evidence." })
  step!: string;

  @Field(() => [RecommendedItem], { description: "ALTERNATIVES phase: up to 3 other items from the recommender (never a rejected or bought one); empty in the other phases." })
  alternatives!: RecommendedItem[];

  @Field(() => SuggestedOffer, {
    nullable: true,
    description:
      "OFFER phase: the suggested offer on the item, from the same service as Lead.suggestedOffer, so within the offer policy; null in the other phases or when the item is not in the catalog.",
  })
  offer!: SuggestedOffer | null;
}

@ObjectType({ description: "A recovery candidate on a page, with its cursor." })
export class RecoveryCandidateEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this candidate." })
  cursor!: string;

  @Field(() => RecoveryCandidate, { description: "The candidate." })
  node!: RecoveryCandidate;
}

@ObjectType({ description: "A page of recovery candidates (Relay connection), most recently active first." })
export class RecoveryCandidateConnection {
  @Field(() => [RecoveryCandidateEdge], { description: "The candidates on this page with their cursors." })
  edges!: RecoveryCandidateEdge[];

  @Field(() => [RecoveryCandidate], { description: "The candidates on this page (the edges' nodes)." })
  nodes!: RecoveryCandidate[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;
}
