/** Which of a prediction's factors are kept with it, and which of those a reader gets. */
import { badInput } from "@revgraph/graph";
import type { StoredFactor } from "@revgraph/db/schema";
import type { Factor } from "../model/model-types";

/** Factors kept per stored prediction: the largest by |contribution|; the rest are not stored. */
export const KEPT_FACTORS = 20;
/** Factors a reader gets when they do not say how many. */
export const DEFAULT_FACTORS = 5;

/** The factors to store: the first KEPT_FACTORS of the model's list, which is sorted by |contribution|, largest first. */
export function keptFactors(factors: readonly Factor[]): StoredFactor[] {
  return factors.slice(0, KEPT_FACTORS).map(({ name, label, rawValue, weight, contribution }) => ({ name, label, value: rawValue, weight, contribution }));
}

/** How many stored factors `first` asks for: itself within 0..KEPT_FACTORS, every kept one for null; undefined when out of range. */
export function factorsFor(first: number | null): number | undefined {
  if (first === null) return KEPT_FACTORS;
  return Number.isInteger(first) && first >= 0 && first <= KEPT_FACTORS ? first : undefined;
}

/** How many stored factors a reader asked for (see factorsFor); a BAD_USER_INPUT error when out of range. */
export function factorCount(first: number | null): number {
  const count = factorsFor(first);
  if (count === undefined) throw badInput("first", `first must be between 0 and ${KEPT_FACTORS} (null for every kept factor)`);
  return count;
}
