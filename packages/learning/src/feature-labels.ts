// Human labels for the columns the shared encoder makes ("attr.plan_tier=gold" → "plan tier: gold").
import { OTHER_CATEGORY, type AttributeSpec } from "./encoder";

/** "propertyType" / "property_type" → "property type". */
export function humanizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
}

function categoryLabel(value: string): string {
  return value === OTHER_CATEGORY ? "other" : value;
}

/** The label of an attribute column (`attr.…`), or null for any other name. */
export function describeAttributeColumn(name: string): string | null {
  if (!name.startsWith("attr.")) return null;
  const rest = name.slice("attr.".length);
  const eq = rest.indexOf("=");
  if (eq >= 0) return `${humanizeKey(rest.slice(0, eq))}: ${categoryLabel(rest.slice(eq + 1))}`;
  if (rest.endsWith(".missing")) return `${humanizeKey(rest.slice(0, -".missing".length))} missing`;
  const bin = /\.bin(\d+)$/.exec(rest);
  if (bin) return `${humanizeKey(rest.slice(0, bin.index))} band ${Number(bin[1]) + 1}`;
  return humanizeKey(rest);
}

/** A category column with a name: "source.Website" → "source: Website". */
export function describeCategoryColumn(prefix: string, name: string): string {
  return `${prefix}: ${categoryLabel(name.slice(prefix.length + 1))}`;
}

function formatCut(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(3);
}

/**
 * A numeric attribute's bin named by its range ("total visits 3 to under 5"), or null when `name`
 * is not a bin column of `attributes`. `label` names the attribute itself.
 */
export function attributeBinLabel(attributes: readonly AttributeSpec[], name: string, label: (attributeColumn: string) => string): string | null {
  const bin = /^attr\.(.+)\.bin(\d+)$/.exec(name);
  const cuts = bin ? attributes.find((a) => a.key === bin[1])?.cuts : undefined;
  if (!bin || !cuts) return null;
  const k = Number(bin[2]);
  const key = label(`attr.${bin[1]}`);
  if (k === 0) return `${key} under ${formatCut(cuts[0])}`;
  if (k >= cuts.length) return `${key} ${formatCut(cuts[cuts.length - 1])} or more`;
  return `${key} ${formatCut(cuts[k - 1])} to under ${formatCut(cuts[k])}`;
}

/** An attribute's own value for a linear or bin column, in its units (booleans as 0/1); null when missing or not such a column. */
export function attributeValueOf(name: string, attributes: Readonly<Record<string, unknown>>): number | null {
  if (!name.startsWith("attr.") || name.includes("=") || name.endsWith(".missing")) return null;
  const bin = /\.bin\d+$/.exec(name);
  const v = attributes[name.slice("attr.".length, bin ? bin.index : undefined)];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}
