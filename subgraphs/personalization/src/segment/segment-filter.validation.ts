/** Pure validation of a segment filter: every problem becomes a UserError naming its input field; a valid filter is returned normalized for storage. */
import type { SegmentFilter as StoredFilter } from "@revgraph/db/schema";
import { UserError } from "@revgraph/graph";
import type { SegmentFilter } from "./segment-filter.type";

const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;
const MAX_ATTRIBUTES = 20;
const MAX_DAYS = 3650;
const MAX_MONEY = 1e12;

export function validateSegmentFilter(filter: SegmentFilter, prefix: string): { filter: StoredFilter | null; errors: UserError[] } {
  const errors: UserError[] = [];
  const err = (field: string, code: Parameters<typeof UserError.of>[1], message: string) => errors.push(UserError.of(`${prefix}.${field}`, code, message));
  const range = (minField: string, maxField: string, min: number | null | undefined, max: number | null | undefined, low: number, high: number) => {
    for (const [field, value] of [
      [minField, min],
      [maxField, max],
    ] as const) {
      if (value != null && !(Number.isFinite(value) && value >= low && value <= high)) err(field, "OUT_OF_RANGE", `${field} must be between ${low} and ${high}, got ${value}`);
    }
    if (min != null && max != null && min > max) err(minField, "INVALID_RANGE", `${minField} (${min}) must not exceed ${maxField} (${max})`);
  };
  const list = (field: string, values: readonly string[] | null | undefined) => {
    if (values == null) return;
    if (values.length === 0 || values.length > MAX_VALUES) err(field, "LIMIT_EXCEEDED", `${field} must hold 1-${MAX_VALUES} values`);
    else if (values.some((v) => !v.trim() || v.length > MAX_VALUE_LENGTH)) err(field, "INVALID_VALUE", `${field} values must be 1-${MAX_VALUE_LENGTH} characters`);
  };
  const days = (field: string, value: number | null | undefined) => {
    if (value != null && !(Number.isInteger(value) && value >= 1 && value <= MAX_DAYS)) err(field, "OUT_OF_RANGE", `${field} must be between 1 and ${MAX_DAYS}, got ${value}`);
  };

  range("minEngagement", "maxEngagement", filter.minEngagement, filter.maxEngagement, 0, 10);
  range("minIntent", "maxIntent", filter.minIntent, filter.maxIntent, 0, 10);
  range("minRevenue", "maxRevenue", filter.minRevenue, filter.maxRevenue, 0, MAX_MONEY);
  range("minLifetimeValue", "maxLifetimeValue", filter.minLifetimeValue, filter.maxLifetimeValue, 0, MAX_MONEY);
  list("sources", filter.sources);
  list("stages", filter.stages);
  if (filter.temperatures?.length === 0) err("temperatures", "EMPTY", "temperatures must hold at least one value when given");
  if (filter.statuses?.length === 0) err("statuses", "EMPTY", "statuses must hold at least one value when given");
  days("activeWithinDays", filter.activeWithinDays);
  days("inactiveForDays", filter.inactiveForDays);
  const attributes = filter.attributes ?? [];
  if (attributes.length > MAX_ATTRIBUTES) err("attributes", "LIMIT_EXCEEDED", `at most ${MAX_ATTRIBUTES} attribute conditions`);
  attributes.forEach((condition, i) => {
    const field = `attributes.${i}`;
    if (!condition.key.trim() || condition.key.length > 100) err(`${field}.key`, "INVALID_KEY", "key must be 1-100 characters");
    const hasValues = condition.values != null;
    const hasRange = condition.min != null || condition.max != null;
    if (hasValues === hasRange) err(field, "INVALID_VALUE", "give either values or min/max");
    list(`${field}.values`, condition.values);
    range(`${field}.min`, `${field}.max`, condition.min, condition.max, -MAX_MONEY, MAX_MONEY);
  });
  if (errors.length) return { filter: null, errors };

  const stored: StoredFilter = {};
  const keep = <K extends keyof StoredFilter>(key: K, value: StoredFilter[K] | null | undefined) => {
    if (value != null) stored[key] = value;
  };
  keep("temperatures", filter.temperatures ? [...new Set(filter.temperatures)] : null);
  keep("minEngagement", filter.minEngagement);
  keep("maxEngagement", filter.maxEngagement);
  keep("minIntent", filter.minIntent);
  keep("maxIntent", filter.maxIntent);
  keep(
    "sources",
    filter.sources?.map((s) => s.trim()),
  );
  keep("statuses", filter.statuses ? [...new Set(filter.statuses)] : null);
  keep(
    "stages",
    filter.stages?.map((s) => s.trim()),
  );
  if (attributes.length) {
    stored.attributes = attributes.map((c) => ({
      key: c.key.trim(),
      ...(c.values != null ? { values: c.values.map((v) => v.trim()) } : {}),
      ...(c.min != null ? { min: c.min } : {}),
      ...(c.max != null ? { max: c.max } : {}),
    }));
  }
  keep("minRevenue", filter.minRevenue);
  keep("maxRevenue", filter.maxRevenue);
  keep("minLifetimeValue", filter.minLifetimeValue);
  keep("maxLifetimeValue", filter.maxLifetimeValue);
  keep("activeWithinDays", filter.activeWithinDays);
  keep("inactiveForDays", filter.inactiveForDays);
  return { filter: stored, errors: [] };
}
