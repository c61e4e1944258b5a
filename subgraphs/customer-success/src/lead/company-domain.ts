/** Which company a lead belongs to: the domain of their email, unless it is a free-mail provider. Pure. */

/** Personal mailbox providers: their domains say nothing about the lead's company. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "yandex.com",
  "mail.com",
  "zoho.com",
]);

/** Lower-cased, trimmed, without a trailing dot. */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, "");
}

/** "Ada@Acme.COM" → "acme.com"; null for a missing or malformed email or a free-mail domain. */
export function companyDomainOf(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at <= 0) return null;
  const domain = normalizeDomain(email.slice(at + 1));
  if (!domain.includes(".") || /\s/.test(domain) || FREE_MAIL_DOMAINS.has(domain)) return null;
  return domain;
}
