// The JSON-serializable feature encoder: fitted on an organization's training rows, turns a lead as known at an instant into a dense vector.
//
// Numbers (activity counts, recency, funnel time, numeric attributes) are standardized; 0/1
// indicators (sources, categories, missing flags, numeric bins) stay 0/1, so the L2 penalty on a
// rare category's weight is as strong as on a common one's. Each numeric attribute also gets
// decile bins (cut points from the training rows) next to its linear term: the fit can bend.
import { CORE_FEATURES, CORE_INDICATORS, coreFeatureValues, snapshotAt, type LeadAt, type LeadFacts, type LeadSnapshot } from "./features";

export const OTHER_CATEGORY = "__other__";

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

/** A fitted encoder. Plain JSON: stored with the model and reloaded with JSON.parse. */
export interface Encoder {
  /** 2: raw log counts, 0/1 indicators unstandardized, numeric bins (1 was decayed counts, everything standardized). */
  format: 2;
  minCategoryCount: number;
  sources: string[];
  sourceOther: boolean;
  attributes: AttributeSpec[];
  /** Feature names in vector order (constant features are dropped). */
  features: string[];
  /** Standardization per feature (0 and 1 for indicators). */
  means: number[];
  stds: number[];
  /** Training rows the encoder was fitted on. */
  trainingSize: number;
}

export const ENCODER_FORMAT = 2;

/** Bins per numeric attribute at most (deciles). */
const NUMERIC_BINS = 10;

export interface EncoderOptions {
  /** Categories seen fewer times than this in training are grouped into __other__ (default 5). */
  minCategoryCount?: number;
}

type Spec = Pick<Encoder, "sources" | "sourceOther" | "attributes">;

function numericValue(v: unknown): number | null {
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

function countsOf(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function keptAndOther(counts: Map<string, number>, min: number): { kept: string[]; other: boolean } {
  const kept = [...counts.entries()].filter(([, c]) => c >= min).map(([v]) => v).sort();
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

function binOf(cuts: number[], v: number): number {
  let k = 0;
  while (k < cuts.length && v >= cuts[k]) k += 1;
  return k;
}

function fitSpec(facts: LeadFacts[], min: number): Spec {
  const sources = keptAndOther(countsOf(facts.flatMap((f) => (f.source === null ? [] : [f.source]))), min);
  const byKey = new Map<string, unknown[]>();
  for (const f of facts) {
    for (const [k, v] of Object.entries(f.attributes)) {
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
      const { kept, other } = keptAndOther(countsOf(values.map((v) => String(v))), min);
      attributes.push({ key, kind, categories: kept, other });
    } else {
      const present = values.map(numericValue).filter((v): v is number => v !== null);
      const mean = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 0;
      const cuts = kind === "number" ? quantileCuts(present) : [];
      attributes.push({ key, kind, mean, missingIndicator: present.length < facts.length, ...(cuts.length > 0 ? { cuts } : {}) });
    }
  }
  return { sources: sources.kept, sourceOther: sources.other, attributes };
}

function candidateNames(spec: Spec): string[] {
  const names = [...CORE_FEATURES, ...spec.sources.map((s) => `source.${s}`)];
  if (spec.sourceOther) names.push(`source.${OTHER_CATEGORY}`);
  for (const a of spec.attributes) {
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

/** Names of the standardized (numeric) columns; every other column is a 0/1 indicator. */
function numericNames(spec: Spec): Set<string> {
  const numeric = new Set(CORE_FEATURES.filter((n) => !CORE_INDICATORS.has(n)));
  for (const a of spec.attributes) if (a.kind === "number") numeric.add(`attr.${a.key}`);
  return numeric;
}

/** Column positions of every encoded value, resolved once per batch instead of per lead. */
interface Plan {
  core: number[];
  sources: Map<string, number>;
  sourceOther: number;
  attributes: { spec: AttributeSpec; col: number; missingCol: number; categories: Map<string, number>; otherCol: number; binCols: number[] }[];
}

function compilePlan(spec: Spec, names: readonly string[]): Plan {
  const index = new Map(names.map((n, i) => [n, i]));
  const col = (name: string): number => index.get(name) ?? -1;
  return {
    core: CORE_FEATURES.map(col),
    sources: new Map(spec.sources.map((s) => [s, col(`source.${s}`)])),
    sourceOther: spec.sourceOther ? col(`source.${OTHER_CATEGORY}`) : -1,
    attributes: spec.attributes.map((a) => ({
      spec: a,
      col: col(`attr.${a.key}`),
      missingCol: col(`attr.${a.key}.missing`),
      categories: new Map((a.categories ?? []).map((c) => [c, col(`attr.${a.key}=${c}`)])),
      otherCol: a.other ? col(`attr.${a.key}=${OTHER_CATEGORY}`) : -1,
      binCols: Array.from({ length: a.cuts ? a.cuts.length + 1 : 0 }, (_, k) => col(`attr.${a.key}.bin${k}`)),
    })),
  };
}

/** Writes a lead's raw (unstandardized) feature values into `out` at `offset` (unset columns stay 0). */
function fillRaw(plan: Plan, snapshot: LeadSnapshot, facts: LeadFacts, out: Float64Array, offset: number): void {
  const set = (j: number, v: number): void => {
    if (j >= 0) out[offset + j] = v;
  };
  coreFeatureValues(snapshot).forEach((v, i) => set(plan.core[i], v));
  if (facts.source !== null) set(plan.sources.get(facts.source) ?? plan.sourceOther, 1);
  for (const a of plan.attributes) {
    const v = facts.attributes[a.spec.key];
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

function distinctLeads(rows: LeadAt[]): LeadFacts[] {
  const seen = new Map<string, LeadFacts>();
  for (const r of rows) if (!seen.has(r.facts.leadId)) seen.set(r.facts.leadId, r.facts);
  return [...seen.values()];
}

/** Fits an encoder on training rows (categories and bins from their distinct leads, standardization from the rows). */
export function fitEncoder(rows: LeadAt[], options: EncoderOptions = {}): Encoder {
  const minCategoryCount = options.minCategoryCount ?? 5;
  const spec = fitSpec(distinctLeads(rows), minCategoryCount);
  const names = candidateNames(spec);
  const numeric = numericNames(spec);
  const d = names.length;
  const n = rows.length;
  const raw = new Float64Array(n * d);
  const plan = compilePlan(spec, names);
  rows.forEach((r, i) => fillRaw(plan, snapshotAt(r.facts, r.at), r.facts, raw, i * d));
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
    // A feature constant in training carries no information and could not be standardized.
    if (std < 1e-9) continue;
    features.push(names[j]);
    means.push(numeric.has(names[j]) ? mean : 0);
    stds.push(numeric.has(names[j]) ? std : 1);
  }
  return { format: ENCODER_FORMAT, minCategoryCount, ...spec, features, means, stds, trainingSize: n };
}

/** Raw (unstandardized) feature values of a lead as known at `at`, in encoder order. */
export function rawFeatureVector(encoder: Encoder, facts: LeadFacts, at: Date, snapshot = snapshotAt(facts, at)): Float64Array {
  const out = new Float64Array(encoder.features.length);
  fillRaw(compilePlan(encoder, encoder.features), snapshot, facts, out, 0);
  return out;
}

/** Standardizes raw values in place: (x - mean) / std. */
function standardize(encoder: Encoder, out: Float64Array, offset: number): void {
  const d = encoder.features.length;
  for (let j = 0; j < d; j++) out[offset + j] = (out[offset + j] - encoder.means[j]) / encoder.stds[j];
}

/** The model input for one lead as known at `at`. */
export function encodeLead(encoder: Encoder, facts: LeadFacts, at: Date): Float64Array {
  const out = rawFeatureVector(encoder, facts, at);
  standardize(encoder, out, 0);
  return out;
}

/** Model inputs for many rows as a row-major n × d matrix. */
export function encodeRows(encoder: Encoder, rows: LeadAt[]): Float64Array {
  const d = encoder.features.length;
  const out = new Float64Array(rows.length * d);
  const plan = compilePlan(encoder, encoder.features);
  rows.forEach((r, i) => {
    fillRaw(plan, snapshotAt(r.facts, r.at), r.facts, out, i * d);
    standardize(encoder, out, i * d);
  });
  return out;
}
