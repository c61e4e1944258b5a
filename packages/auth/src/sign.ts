import { SignJWT } from "jose";
import type { Identity } from "./identity";

/** Signs an HS256 token for development and tests. */
export async function signToken(secret: string, identity: Identity, options: { expiresIn?: string; issuer?: string; audience?: string } = {}): Promise<string> {
  let jwt = new SignJWT({ org: identity.organizationId, role: identity.role, ...(identity.email ? { email: identity.email } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h");
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
