/** Pure validation of account input: every problem becomes a UserError naming its input field. */
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import { FREE_MAIL_DOMAINS, normalizeDomain } from "../lead/company-domain";

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_NAME = 200;
const MAX_DOMAIN = 253;

export interface AccountFields {
  name: string;
  domain: string;
  healthScore?: number | null;
  renewalDate?: string | null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

export function isHealthScore(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

export function validateAccountFields(input: AccountFields): UserError[] {
  const errors: UserError[] = [];
  const err = (field: string, code: UserErrorCode, message: string) => errors.push(UserError.of(`input.${field}`, code, message));
  if (!input.name.trim()) err("name", "REQUIRED", "name must not be empty");
  else if (input.name.length > MAX_NAME) err("name", "TOO_LONG", `name must be at most ${MAX_NAME} characters`);
  const domain = normalizeDomain(input.domain.slice(0, MAX_DOMAIN + 2));
  if (input.domain.length > MAX_DOMAIN + 1) err("domain", "TOO_LONG", `domain must be at most ${MAX_DOMAIN} characters`);
  else if (!DOMAIN.test(domain)) err("domain", "INVALID_DOMAIN", `"${input.domain.slice(0, 80)}" is not a domain name like acme.com`);
  else if (FREE_MAIL_DOMAINS.has(domain)) err("domain", "FREE_MAIL_DOMAIN", `${domain} is a free-mail provider, not a company domain`);
  if (input.healthScore != null && !isHealthScore(input.healthScore)) err("healthScore", "OUT_OF_RANGE", `healthScore must be between 0 and 100, got ${input.healthScore}`);
  if (input.renewalDate != null && !isIsoDate(input.renewalDate)) err("renewalDate", "INVALID_DATE", "renewalDate must be a date written YYYY-MM-DD");
  return errors;
}

export function validateHealthPoint(input: { accountId: string; score: number; recordedAt?: Date | null }, now: Date): UserError[] {
  const errors: UserError[] = [];
  if (!isUuid(input.accountId)) errors.push(UserError.of("input.accountId", "INVALID_ID", `accountId must be a UUID, got "${input.accountId.slice(0, 64)}"`));
  if (!isHealthScore(input.score)) errors.push(UserError.of("input.score", "OUT_OF_RANGE", `score must be between 0 and 100, got ${input.score}`));
  if (input.recordedAt && isInFuture(input.recordedAt, now)) {
    errors.push(UserError.of("input.recordedAt", "IN_FUTURE", "recordedAt must not be in the future"));
  }
  return errors;
}
