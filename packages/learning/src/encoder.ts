// Encoding custom attributes and standardizing columns: the parts of a feature encoder every model shares.
//
// Custom attributes (a JSON object of strings, numbers and booleans per subject) become columns:
// a number gets its linear term `attr.<key>` (standardized), decile bins `attr.<key>.bin<k>`
// (cut points from the training subjects, 0/1) and, when some subjects lack it, a missing flag;
// a boolean its 0/1 term and missing flag; a category one 0/1 column per value seen at least
// `minCategoryCount` times, rarer and unseen values sharing `attr.<key>=__other__`. Only numbers are
// standardized: 0/1 indicators stay 0/1, so the L2 penalty on a rare category's weight is as strong
// as on a common one's. Columns constant in training are dropped.

export const OTHER_CATEGORY = "__other__";

/** Bins per numeric attribute at most (deciles). */
export const NUMERIC_BINS = 10;

/** How one custom attribute is encoded. */
export interface AttributeSpec {
  key: string;
  kind: "number" | "boolean" | "category";
  /** number/boolean: training mean, used to impute a missing value. */
  mean?: number;
  /** number/boolean: whether the `attr.<key>.missing` indicator exists. */
  missingIndicator?: boolean;
  /** number: ascending cut points of its bins `attr.<key>.bin<k>` (bin k holds cuts[k-1] ≤ v < cuts[k]). */
  cuts?: number[];
  /** category: values seen at least minCategoryCount times. */
  categories?: string[];
  /** category: whether rarer (or unseen) values map to `attr.<key>=__other__`. */
  other?: boolean;
}

/** A subject's custom attributes as stored: any JSON values, null or absent when unknown. */
export type AttributeRecord = Readonly<Record<string, unknown>>;

/** A finite number, or a boolean as 0/1; null for anything else. */
export function numericValue(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function kindOf(values: unknown[]): AttributeSpec["kind"] {
  let num = 0;
  let bool = 0;
  let str = 0;
  for (const v of values) {
    if (typeof v === "number") num += 1;
    else if (typeof v === "boolean") bool += 1;
    else if (typeof v === "string") str += 1;
  }
  if (num >= bool && num >= str) return "number";
  return bool >= str ? "boolean" : "category";
}

/** The values seen at least `min` times (sorted), and whether rarer ones exist. */
export function keptCategories(values: readonly string[], min: number): { kept: string[]; other: boolean } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const kept = [...counts.entries()]
    .filter(([, c]) => c >= min)
    .map(([v]) => v)
    .sort();
  return { kept, other: kept.length < counts.size };
}

/** Ascending distinct inner quantiles of `values` at 1/bins … (bins−1)/bins: the bin edges. */
export function quantileCuts(values: number[], bins = NUMERIC_BINS): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let q = 1; q < bins; q++) {
    const v = sorted[Math.floor((q * sorted.length) / bins)];
    if (v !== undefined && v > sorted[0]) cuts.add(v);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The bin a value falls in: the number of cut points at or below it. */
export function binOf(cuts: readonly number[], v: number): number {
  let k = 0;
  while (k < cuts.length && v >= cuts[k]) k += 1;
  return k;
}

/** Fits how each attribute is encoded from the attributes of the distinct training subjects. */
export function fitAttributeSpecs(records: readonly AttributeRecord[], minCategoryCount: number): AttributeSpec[] {
  const byKey = new Map<string, unknown[]>();
  for (const record of records) {
    for (const [k, v] of Object.entries(record)) {
      if (v === null || v === undefined) continue;
      const list = byKey.get(k) ?? [];
      list.push(v);
      byKey.set(k, list);
    }
  }
  const attributes: AttributeSpec[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const values = byKey.get(key) ?? [];
    const kind = kindOf(values);
    if (kind === "category") {
      const { kept, other } = keptCategories(
        values.map((v) => String(v)),
        minCategoryCount,
      );
      attributes.push({ key, kind, categories: kept, other });
    } else {
      const present = values.map(numericValue).filter((v): v is number => v !== null);
      const mean = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 0;
      const cuts = kind === "number" ? quantileCuts(present) : [];
      attributes.push({ key, kind, mean, missingIndicator: present.length < records.length, ...(cuts.length > 0 ? { cuts } : {}) });
    }
  }
  return attributes;
}

/** Candidate column names of the attributes, in encoder order. */
export function attributeColumnNames(specs: readonly AttributeSpec[]): string[] {
  const names: string[] = [];
  for (const a of specs) {
    if (a.kind === "category") {
      for (const c of a.categories ?? []) names.push(`attr.${a.key}=${c}`);
      if (a.other) names.push(`attr.${a.key}=${OTHER_CATEGORY}`);
    } else {
      names.push(`attr.${a.key}`);
      if (a.missingIndicator) names.push(`attr.${a.key}.missing`);
      for (let k = 0; k <= (a.cuts?.length ?? -1); k++) names.push(`attr.${a.key}.bin${k}`);
    }
  }
  return names;
}

/** The attribute columns that are standardized (numbers' linear terms); all others are 0/1. */
export function numericAttributeColumns(specs: readonly AttributeSpec[]): string[] {
  return specs.filter((a) => a.kind === "number").map((a) => `attr.${a.key}`);
}

/** Column positions of one attribute's values, resolved once per batch instead of per row (-1: column dropped). */
export interface AttributePlan {
  spec: AttributeSpec;
  col: number;
  missingCol: number;
  categories: Map<string, number>;
  otherCol: number;
  binCols: number[];
}

export function compileAttributePlan(specs: readonly AttributeSpec[], col: (name: string) => number): AttributePlan[] {
  return specs.map((a) => ({
    spec: a,
    col: col(`attr.${a.key}`),
    missingCol: col(`attr.${a.key}.missing`),
    categories: new Map((a.categories ?? []).map((c) => [c, col(`attr.${a.key}=${c}`)])),
    otherCol: a.other ? col(`attr.${a.key}=${OTHER_CATEGORY}`) : -1,
    binCols: Array.from({ length: a.cuts ? a.cuts.length + 1 : 0 }, (_, k) => col(`attr.${a.key}.bin${k}`)),
  }));
}

/** Writes a subject's raw attribute values through `set(column, value)` (unset columns stay 0). */
export function fillAttributes(plan: readonly AttributePlan[], attributes: AttributeRecord, set: (j: number, v: number) => void): void {
  for (const a of plan) {
    const v = attributes[a.spec.key];
    if (a.spec.kind === "category") {
      if (v === null || v === undefined) continue;
      set(a.categories.get(String(v)) ?? a.otherCol, 1);
    } else {
      const n = numericValue(v);
      set(a.col, n ?? a.spec.mean ?? 0);
      if (n === null) set(a.missingCol, 1);
      else if (a.spec.cuts) set(a.binCols[binOf(a.spec.cuts, n)], 1);
    }
  }
}

/** The kept columns of an encoder and how each is standardized (0 and 1 for indicators). */
export interface Standardization {
  /** Feature names in vector order (constant features are dropped). */
  features: string[];
  means: number[];
  stds: number[];
}

/**
 * Chooses the columns of a raw n × d matrix (row-major, columns named `names`) to keep and how to
 * standardize them: a column constant in training carries no information and is dropped; columns
 * named in `numeric` get their mean and standard deviation, the others (0/1 indicators) 0 and 1.
 */
export function fitStandardization(raw: Float64Array, n: number, names: readonly string[], numeric: ReadonlySet<string>): Standardization {
  const d = names.length;
  const features: string[] = [];
  const means: number[] = [];
  const stds: number[] = [];
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += raw[i * d + j];
    const mean = n > 0 ? sum / n : 0;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (raw[i * d + j] - mean) ** 2;
    const std = n > 0 ? Math.sqrt(ss / n) : 0;
    if (std < 1e-9) continue;
    features.push(names[j]);
    means.push(numeric.has(names[j]) ? mean : 0);
    stds.push(numeric.has(names[j]) ? std : 1);
  }
  return { features, means, stds };
}

/** Standardizes one row of raw values in place: (x − mean) / std. */
export function standardizeRow(scaling: Pick<Standardization, "means" | "stds">, out: Float64Array, offset = 0): void {
  const d = scaling.means.length;
  for (let j = 0; j < d; j++) out[offset + j] = (out[offset + j] - scaling.means[j]) / scaling.stds[j];
}
