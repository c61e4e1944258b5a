/** Pure validation of account input: every problem becomes a UserError naming its input field. */
import { UserError, type UserErrorCode, attributesProblem, isInFuture, isUuid } from "@revgraph/graph";
import { FREE_MAIL_DOMAINS, normalizeDomain } from "../lead/company-domain";

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const MAX_NAME = 200;
const MAX_DOMAIN = 253;

export interface AccountFields {
  name: string;
  domain: string;
  healthScore?: number | null;
  attributes?: unknown;
  csmId?: string | null;
  arr?: number | null;
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
  if (input.attributes != null) {
    const problem = attributesProblem(input.attributes);
    if (problem) err("attributes", "INVALID_ATTRIBUTES", problem);
  }
  if (input.csmId != null && (!input.csmId.trim() || input.csmId.length > 128)) err("csmId", "INVALID_ID", "csmId must be a user id of 1-128 characters");
  if (input.arr != null && (!Number.isFinite(input.arr) || input.arr < 0 || input.arr >= 1e12)) err("arr", "OUT_OF_RANGE", "arr must be between 0 and 999,999,999,999");
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
