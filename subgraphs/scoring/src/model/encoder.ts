// The JSON-serializable feature encoder: fitted on an organization's leads, turns any lead into a standardized dense vector.
import { CORE_FEATURES, coreFeatureValues, snapshotLead, type LeadFacts, type LeadSnapshot } from "./features";

export const OTHER_CATEGORY = "__other__";

/** How one custom attribute is encoded. */
export interface AttributeSpec {
  key: string;
  kind: "number" | "boolean" | "category";
  /** number/boolean: training mean, used to impute a missing value. */
  mean?: number;
  /** number/boolean: whether the `attr.<key>.missing` indicator exists. */
  missingIndicator?: boolean;
  /** category: values seen at least minCategoryCount times. */
  categories?: string[];
  /** category: whether rarer (or unseen) values map to `attr.<key>=__other__`. */
  other?: boolean;
}

/** A fitted encoder. Plain JSON: stored with the model and reloaded with JSON.parse. */
export interface Encoder {
  format: 1;
  minCategoryCount: number;
  sources: string[];
  sourceOther: boolean;
  attributes: AttributeSpec[];
  /** Feature names in vector order (constant features are dropped). */
  features: string[];
  means: number[];
  stds: number[];
  trainingSize: number;
}

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
      attributes.push({ key, kind, mean, missingIndicator: present.length < facts.length });
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
    }
  }
  return names;
}

/** Column positions of every encoded value, resolved once per batch instead of per lead. */
interface Plan {
  core: number[];
  sources: Map<string, number>;
  sourceOther: number;
  attributes: { spec: AttributeSpec; col: number; missingCol: number; categories: Map<string, number>; otherCol: number }[];
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
    }
  }
}

/** Fits an encoder on training leads (each as of its close, or `now` if open). */
export function fitEncoder(facts: LeadFacts[], now: Date, options: EncoderOptions = {}): Encoder {
  const minCategoryCount = options.minCategoryCount ?? 5;
  const spec = fitSpec(facts, minCategoryCount);
  const names = candidateNames(spec);
  const d = names.length;
  const raw = new Float64Array(facts.length * d);
  const plan = compilePlan(spec, names);
  facts.forEach((f, r) => fillRaw(plan, snapshotLead(f, now), f, raw, r * d));
  const features: string[] = [];
  const means: number[] = [];
  const stds: number[] = [];
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let r = 0; r < facts.length; r++) sum += raw[r * d + j];
    const mean = facts.length > 0 ? sum / facts.length : 0;
    let ss = 0;
    for (let r = 0; r < facts.length; r++) ss += (raw[r * d + j] - mean) ** 2;
    const std = facts.length > 0 ? Math.sqrt(ss / facts.length) : 0;
    // A feature constant in training carries no information and could not be standardized.
    if (std < 1e-9) continue;
    features.push(names[j]);
    means.push(mean);
    stds.push(std);
  }
  return { format: 1, minCategoryCount, ...spec, features, means, stds, trainingSize: facts.length };
}

/** Raw (unstandardized) feature values of one lead, in encoder order. */
export function rawFeatureVector(encoder: Encoder, facts: LeadFacts, now: Date, snapshot = snapshotLead(facts, now)): Float64Array {
  const out = new Float64Array(encoder.features.length);
  fillRaw(compilePlan(encoder, encoder.features), snapshot, facts, out, 0);
  return out;
}

/** Standardizes raw values in place: (x - mean) / std. */
function standardize(encoder: Encoder, out: Float64Array, offset: number): void {
  const d = encoder.features.length;
  for (let j = 0; j < d; j++) out[offset + j] = (out[offset + j] - encoder.means[j]) / encoder.stds[j];
}

/** The standardized model input for one lead. */
export function encodeLead(encoder: Encoder, facts: LeadFacts, now: Date): Float64Array {
  const out = rawFeatureVector(encoder, facts, now);
  standardize(encoder, out, 0);
  return out;
}

/** Standardized inputs for many leads as a row-major n × d matrix. */
export function encodeLeads(encoder: Encoder, facts: LeadFacts[], now: Date): Float64Array {
  const d = encoder.features.length;
  const out = new Float64Array(facts.length * d);
  const plan = compilePlan(encoder, encoder.features);
  facts.forEach((f, r) => {
    fillRaw(plan, snapshotLead(f, now), f, out, r * d);
    standardize(encoder, out, r * d);
  });
  return out;
}
