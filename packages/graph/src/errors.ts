import { GraphQLError } from "graphql";

/** Bad input that should reach the client as BAD_USER_INPUT naming the offending field. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } });
}

/** An object that does not exist, or belongs to another organization (indistinguishable). */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found`, { extensions: { code: "NOT_FOUND" } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Throws BAD_USER_INPUT unless `value` is a well-formed id. */
export function assertUuid(field: string, value: string): void {
  if (!isUuid(value)) throw badInput(field, `${field} must be a UUID, got "${value.slice(0, 64)}"`);
}

/** Tolerated clock difference between a client and us when checking that a time is not in the future. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function isInFuture(date: Date, now: Date): boolean {
  return date.getTime() > now.getTime() + CLOCK_SKEW_MS;
}
