import { DateTimeResolver, JSONResolver } from "graphql-scalars";

/** Scalars shared by every subgraph (same names, so composition merges them). */
export const JSONScalar = JSONResolver;
export const DateTimeScalar = DateTimeResolver;
export const scalarsMap = [{ type: Date, scalar: DateTimeResolver }];
