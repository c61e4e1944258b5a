import type { Database } from "@revgraph/db";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "./logger";
import type { BaseContext } from "./context";

/** Everything needed to run a subgraph: its name, how to build its schema, its per-request context. */
export interface SubgraphDefinition<TContext extends BaseContext = BaseContext> {
  name: "sales" | "scoring" | "personalization" | "customer-success";
  buildSchema(): Promise<GraphQLSchema>;
  extendContext(base: BaseContext): TContext | Promise<TContext>;
  /** Background work (e.g. the job worker); returns a function that stops it. */
  startBackground?(env: { db: Database; log: Logger; pollMs?: number }): Promise<() => Promise<void>>;
  /** Releases what the subgraph holds beyond requests (e.g. its training processes); called on shutdown, after the background work stopped. */
  stop?(): Promise<void>;
}
