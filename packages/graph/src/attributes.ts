/** Custom fields (Lead.attributes, Account.attributes, Item.attributes): one rule for every subgraph that stores them. */

export const MAX_ATTRIBUTES = 50;

/** Custom fields must be a flat object of strings (up to 1,000 characters), finite numbers and booleans; null when they are. */
export function attributesProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "attributes must be an object";
  const entries = Object.entries(value);
  if (entries.length > MAX_ATTRIBUTES) return `attributes may have at most ${MAX_ATTRIBUTES} keys`;
  for (const [key, v] of entries) {
    if (!key || key.length > 64) return `attribute names must be 1-64 characters ("${key.slice(0, 64)}")`;
    const ok = typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.length <= 1000);
    if (!ok) return `attribute "${key}" must be a string (up to 1000 characters), a finite number or a boolean`;
  }
  return null;
}
