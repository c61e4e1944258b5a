import "reflect-metadata";
import { buildFederatedSchema, type BaseContext, type SubgraphDefinition } from "@revgraph/graph";
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";

// PLACEHOLDER: replaced by the personalization implementation.
@Directive('@key(fields: "id")')
@ObjectType()
class Lead {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Lead)
class PlaceholderResolver {
  @Query(() => Int)
  personalizationPlaceholder(): number {
    return 1;
  }
}

export function personalizationSubgraph(): SubgraphDefinition<BaseContext> {
  return {
    name: "personalization",
    buildSchema: () => buildFederatedSchema({ resolvers: [PlaceholderResolver], orphanedTypes: [Lead] }, { Lead: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) } }),
    extendContext: (base) => base,
  };
}
