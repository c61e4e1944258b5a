/** The development signing secret: generated on first start and kept in the data directory. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface JwtConfig {
  env: "development" | "test" | "production";
  dataDir: string;
  jwt: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
}

/**
 * Verification options for a process. Production must be configured explicitly; development
 * falls back to a secret generated once and stored (mode 0600) under the data directory.
 */
export function resolveJwtOptions(config: JwtConfig) {
  const { secret, jwksUrl, issuer, audience } = config.jwt;
  if (secret || jwksUrl) return { secret, jwksUrl, issuer, audience };
  if (config.env === "production") {
    throw new Error("Refusing to start in production without JWT_SECRET or JWT_JWKS_URL");
  }
  return { secret: developmentSecret(config.dataDir), issuer, audience };
}

export function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "jwt-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch {
    // Another process created it first: use theirs.
    return fs.readFileSync(file, "utf8").trim();
  }
  return secret;
}
