import type { GraphQLSchema } from "graphql";
import type { BaseContext } from "./context";

/** Everything needed to run a subgraph: its name, how to build its schema, its per-request context. */
export interface SubgraphDefinition<TContext extends BaseContext = BaseContext> {
  name: "sales" | "scoring" | "personalization" | "customer-success";
  buildSchema(): Promise<GraphQLSchema>;
  extendContext(base: BaseContext): TContext | Promise<TContext>;
}
