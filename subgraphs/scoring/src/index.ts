import "reflect-metadata";
import { buildFederatedSchema, type BaseContext, type SubgraphDefinition } from "@revgraph/graph";
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";

// PLACEHOLDER: replaced by the scoring implementation.
@Directive('@key(fields: "id")')
@ObjectType()
class Lead {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  score!: number | null;
}

@Resolver(() => Lead)
class PlaceholderResolver {
  @Query(() => Int)
  scoringPlaceholder(): number {
    return 1;
  }
}

export interface ScoringOptions {
  openai: { apiKey?: string; baseUrl?: string; model: string };
}

export function scoringSubgraph(_options: ScoringOptions): SubgraphDefinition<BaseContext> {
  return {
    name: "scoring",
    buildSchema: () =>
      buildFederatedSchema({ resolvers: [PlaceholderResolver], orphanedTypes: [Lead] }, { Lead: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, score: null }) } }),
    extendContext: (base) => base,
  };
}
