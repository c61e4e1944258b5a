import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { developmentSecret, resolveJwtOptions } from "./dev-secret";
import { signToken } from "./sign";
import { createVerifier } from "./verifier";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const identity = { userId: "u1", organizationId: "o1", role: "manager" as const, email: "u1@example.test" };

describe("createVerifier", () => {
  it("turns a valid token into the caller's identity", async () => {
    const verify = createVerifier({ secret });
    expect(await verify(await signToken(secret, identity))).toEqual(identity);
  });

  it("checks issuer and audience when configured", async () => {
    const verify = createVerifier({ secret, issuer: "https://id.example", audience: "revgraph" });
    await expect(verify(await signToken(secret, identity))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(await verify(await signToken(secret, identity, { issuer: "https://id.example", audience: "revgraph" }))).toEqual(identity);
  });

  it("rejects an unknown role instead of guessing", async () => {
    const token = await signToken(secret, { ...identity, role: "owner" as never });
    await expect(createVerifier({ secret })(token)).rejects.toThrow(/role/);
  });

  it("rejects a token without an expiry, which would be valid forever", async () => {
    const token = await new SignJWT({ org: "o1", role: "rep" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").sign(new TextEncoder().encode(secret));
    await expect(createVerifier({ secret })(token)).rejects.toMatchObject({ message: "The token has no expiry (exp)", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("signs development and test tokens with an expiry", async () => {
    const { exp, iat } = decodeJwt(await signToken(secret, identity));
    expect(exp! - iat!).toBe(12 * 3600);
    expect(decodeJwt(await signToken(secret, identity, { expiresIn: "5m" })).exp! - iat!).toBeLessThanOrEqual(5 * 60 + 1);
  });

  it("remembers a verified token, but not past its expiry, and never for a token that differs in any byte", async () => {
    let now = Date.now();
    const verify = createVerifier({ secret, now: () => now });
    const token = await signToken(secret, identity, { expiresIn: "30s" });
    expect(await verify(token)).toEqual(identity);
    // A signature with one character changed is verified from scratch, not read from the cache.
    const changed = token.at(-5) === "A" ? "B" : "A";
    await expect(verify(`${token.slice(0, -5)}${changed}${token.slice(-4)}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(await verify(token)).toEqual(identity);
    // 31 s later the token has expired: the cache must not outlive its exp.
    now += 31_000;
    await expect(verify(token)).rejects.toThrow("The token has expired");
  });

  it("rejects a missing token", async () => {
    await expect(createVerifier({ secret })(undefined)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});

describe("createVerifier with a JWKS URL (production)", () => {
  it("accepts tokens signed by a key the JWKS publishes and rejects others", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const other = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const server = http.createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const verify = createVerifier({ jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json` });
      const sign = (key: typeof privateKey) =>
        new SignJWT({ org: "o1", role: "rep" }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("u1").setExpirationTime("5m").sign(key);
      expect(await verify(await sign(privateKey))).toEqual({ userId: "u1", organizationId: "o1", role: "rep", email: undefined });
      await expect(verify(await sign(other.privateKey))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    } finally {
      server.close();
    }
  });
});

describe("resolveJwtOptions", () => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "auth-test-"));

  it("refuses to run in production without explicit JWT configuration", () => {
    expect(() => resolveJwtOptions({ env: "production", dataDir: dataDir(), jwt: {} })).toThrow(/production/);
    expect(resolveJwtOptions({ env: "production", dataDir: dataDir(), jwt: { secret } }).secret).toBe(secret);
  });

  it("generates a development secret once and keeps it private in the data directory", () => {
    const dir = dataDir();
    const first = resolveJwtOptions({ env: "development", dataDir: dir, jwt: {} }).secret!;
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(developmentSecret(dir)).toBe(first);
    expect(fs.statSync(path.join(dir, "jwt-secret")).mode & 0o777).toBe(0o600);
  });
});
