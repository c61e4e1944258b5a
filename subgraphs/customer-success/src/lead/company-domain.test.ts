import { describe, expect, it } from "vitest";
import { companyDomainOf, normalizeDomain } from "./company-domain";

describe("companyDomainOf", () => {
  it("takes the lower-cased domain of the email", () => {
    expect(companyDomainOf("Ada.Lovelace@Acme.COM")).toBe("acme.com");
    expect(companyDomainOf("  ada@sub.acme.co.uk. ")).toBe("sub.acme.co.uk");
  });

  it("never matches free-mail providers", () => {
    for (const domain of ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "GMAIL.com"]) {
      expect(companyDomainOf(`someone@${domain}`)).toBeNull();
    }
  });

  it("gives null for missing or malformed emails", () => {
    for (const email of [null, undefined, "", "no-at-sign", "@acme.com", "ada@localhost", "ada@ac me.com"]) {
      expect(companyDomainOf(email)).toBeNull();
    }
  });

  it("normalizes domains the same way accounts store them", () => {
    expect(normalizeDomain(" Acme.COM. ")).toBe("acme.com");
  });
});
