import { createRequire } from "node:module";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";

// type-graphql and graphql-scalars load graphql as CommonJS: a scalar built from the ESM copy
// fails their "from another module or realm" checks, so build it from the same copy.
const { GraphQLError, GraphQLScalarType } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

/** Inputs dated outside this range are mistakes (or probes), refused before they reach SQL. */
export const MIN_INPUT_DATE = new Date("1970-01-01T00:00:00Z");
export const MAX_INPUT_DATE = new Date("9999-12-31T23:59:59.999Z");

function inRange(date: Date): Date {
  if (!(date.getTime() >= MIN_INPUT_DATE.getTime() && date.getTime() <= MAX_INPUT_DATE.getTime())) {
    throw new GraphQLError(`DateTime must be between ${MIN_INPUT_DATE.toISOString()} and ${MAX_INPUT_DATE.toISOString()}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return date;
}

/** graphql-scalars' DateTime (same name and description, so the SDL is unchanged) with a sane input range. */
const DateTimeInRange = new GraphQLScalarType<Date, unknown>({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast, variables) => inRange(DateTimeResolver.parseLiteral(ast, variables) as Date),
});

/** Scalars shared by every subgraph (same names, so composition merges them). */
export const JSONScalar = JSONResolver;
export const DateTimeScalar = DateTimeInRange;
export const scalarsMap = [{ type: Date, scalar: DateTimeInRange }];
