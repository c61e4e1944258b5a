import "reflect-metadata";
import { buildFederatedSchema, type BaseContext, type SubgraphDefinition } from "@revgraph/graph";
import { Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";

// PLACEHOLDER: replaced by the customer-success implementation.
@Directive('@key(fields: "id")')
@ObjectType()
class Lead {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Lead)
class PlaceholderResolver {
  @Query(() => Int)
  customerSuccessPlaceholder(): number {
    return 1;
  }
}

export function customerSuccessSubgraph(): SubgraphDefinition<BaseContext> {
  return {
    name: "customer-success",
    buildSchema: () => buildFederatedSchema({ resolvers: [PlaceholderResolver], orphanedTypes: [Lead] }, { Lead: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) } }),
    extendContext: (base) => base,
  };
}
