/** Verifies bearer JWTs (HS256 secret in development, JWKS in production) into an Identity. */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { ROLES, unauthenticated, type Identity, type Role } from "./identity";

export interface VerifierOptions {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export type TokenVerifier = (token: string | undefined) => Promise<Identity>;

export function createVerifier(options: VerifierOptions): TokenVerifier {
  const key = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : options.secret
      ? new TextEncoder().encode(options.secret)
      : undefined;
  if (!key) throw new Error("JWT verification needs JWT_SECRET or JWT_JWKS_URL");
  const algorithms = options.jwksUrl ? ["RS256", "ES256", "EdDSA"] : ["HS256"];

  return async (token) => {
    if (!token) throw unauthenticated();
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        // A token that never expires is a permanent credential once leaked: refuse it.
        requiredClaims: ["exp"],
      });
      payload = verified.payload;
    } catch (error) {
      const { code, claim } = error as { code?: string; claim?: string };
      const reason =
        code === "ERR_JWT_EXPIRED" ? "The token has expired" : code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "exp" ? "The token has no expiry (exp)" : "The token is invalid";
      throw unauthenticated(reason);
    }
    return identityFromClaims(payload);
  };
}

function identityFromClaims(payload: JWTPayload): Identity {
  const { sub, org, role, email } = payload as JWTPayload & { org?: unknown; role?: unknown; email?: unknown };
  if (typeof sub !== "string" || !sub) throw unauthenticated("The token has no subject (sub)");
  if (typeof org !== "string" || !org) throw unauthenticated("The token has no organization (org)");
  const safeRole: Role = typeof role === "string" && (ROLES as readonly string[]).includes(role) ? (role as Role) : "rep";
  if (role !== undefined && safeRole !== role) throw unauthenticated(`The token's role must be one of ${ROLES.join(", ")}`);
  return {
    userId: sub,
    organizationId: org,
    role: safeRole,
    email: typeof email === "string" ? email : undefined,
  };
}
