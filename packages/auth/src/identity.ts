import { GraphQLError } from "graphql";

import { ROLES, type Role } from "@revgraph/db/vocabulary";

export { ROLES, type Role };

/** Who is asking: taken from a verified token, never from anything else in the request. */
export interface Identity {
  userId: string;
  organizationId: string;
  role: Role;
  email?: string;
}

export function unauthenticated(message = "A valid bearer token is required"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/** Reads the token out of an `Authorization: Bearer ...` header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
