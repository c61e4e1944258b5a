/** Verifies bearer JWTs (HS256 secret in development, JWKS in production) into an Identity. */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { ROLES, unauthenticated, type Identity, type Role } from "./identity";

export interface VerifierOptions {
  secret?: string;
  /** Clock of the verified-token cache (tests). */
  now?: () => number;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export type TokenVerifier = (token: string | undefined) => Promise<Identity>;

export function createVerifier(options: VerifierOptions): TokenVerifier {
  const key = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : options.secret ? new TextEncoder().encode(options.secret) : undefined;
  if (!key) throw new Error("JWT verification needs JWT_SECRET or JWT_JWKS_URL");
  const algorithms = options.jwksUrl ? ["RS256", "ES256", "EdDSA"] : ["HS256"];

  const now = options.now ?? Date.now;
  const verified = new VerifiedTokens(now);
  return async (token) => {
    if (!token) throw unauthenticated();
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        // A token that never expires is a permanent credential once leaked: refuse it.
        requiredClaims: ["exp"],
        currentDate: new Date(now()),
      });
      payload = verified.payload;
    } catch (error) {
      const { code, claim } = error as { code?: string; claim?: string };
      const reason =
        code === "ERR_JWT_EXPIRED"
          ? "The token has expired"
          : code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "exp"
            ? "The token has no expiry (exp)"
            : "The token is invalid";
      throw unauthenticated(reason);
    }
    const identity = identityFromClaims(payload);
    verified.set(token, identity, payload.exp! * 1000);
    return identity;
  };
}

/** How long a verified token is taken as verified without checking its signature again (never past its exp). */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Tokens whose signature and claims were checked, by their exact text, until their exp or for
 * VERIFIED_TOKEN_TTL_MS, whichever comes first. A request's token reaches the gateway and then up
 * to four subgraphs, each verifying it again; verifying an HS256 signature through WebCrypto was
 * a tenth of a subgraph's CPU under load. Keyed by the whole token, signature included, so a
 * token that differs in any byte is verified from scratch. Owned by one verifier; bounded in size.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { identity: Identity; until: number }>();

  constructor(private readonly now: () => number) {}

  get(token: string): Identity | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.identity;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, identity: Identity, expiresAt: number): void {
    if (this.entries.size >= MAX_VERIFIED_TOKENS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { identity, until: Math.min(expiresAt, this.now() + VERIFIED_TOKEN_TTL_MS) });
  }
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
