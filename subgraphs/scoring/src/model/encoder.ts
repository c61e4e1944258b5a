// The JSON-serializable feature encoder: fitted on an organization's training rows, turns a lead as known at an instant into a dense vector.
//
// Numbers (activity counts, recency, funnel time, numeric attributes) are standardized; 0/1
// indicators (sources, categories, missing flags, numeric bins) stay 0/1, so the L2 penalty on a
// rare category's weight is as strong as on a common one's. Each numeric attribute also gets
// decile bins (cut points from the training rows) next to its linear term: the fit can bend.
// The attribute encoding and standardization themselves are shared (@revgraph/learning encoder.ts);
// this file adds the lead's core features and its source.
import {
  attributeColumnNames,
  compileAttributePlan,
  fitAttributeSpecs,
  fillAttributes,
  fitStandardization,
  keptCategories,
  numericAttributeColumns,
  OTHER_CATEGORY,
  standardizeRow,
  type AttributePlan,
  type AttributeSpec,
} from "@revgraph/learning";
import { CORE_FEATURES, CORE_INDICATORS, coreFeatureValues, snapshotAt, type LeadAt, type LeadFacts, type LeadSnapshot } from "./features";

export { OTHER_CATEGORY, quantileCuts, type AttributeSpec } from "@revgraph/learning";

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

export interface EncoderOptions {
  /** Categories seen fewer times than this in training are grouped into __other__ (default 5). */
  minCategoryCount?: number;
}

type Spec = Pick<Encoder, "sources" | "sourceOther" | "attributes">;

function fitSpec(facts: LeadFacts[], min: number): Spec {
  const sources = keptCategories(
    facts.flatMap((f) => (f.source === null ? [] : [f.source])),
    min,
  );
  return {
    sources: sources.kept,
    sourceOther: sources.other,
    attributes: fitAttributeSpecs(
      facts.map((f) => f.attributes),
      min,
    ),
  };
}

function candidateNames(spec: Spec): string[] {
  const names = [...CORE_FEATURES, ...spec.sources.map((s) => `source.${s}`)];
  if (spec.sourceOther) names.push(`source.${OTHER_CATEGORY}`);
  return [...names, ...attributeColumnNames(spec.attributes)];
}

/** Names of the standardized (numeric) columns; every other column is a 0/1 indicator. */
function numericNames(spec: Spec): Set<string> {
  return new Set([...CORE_FEATURES.filter((n) => !CORE_INDICATORS.has(n)), ...numericAttributeColumns(spec.attributes)]);
}

/** Column positions of every encoded value, resolved once per batch instead of per lead. */
interface Plan {
  core: number[];
  sources: Map<string, number>;
  sourceOther: number;
  attributes: AttributePlan[];
}

function compilePlan(spec: Spec, names: readonly string[]): Plan {
  const index = new Map(names.map((n, i) => [n, i]));
  const col = (name: string): number => index.get(name) ?? -1;
  return {
    core: CORE_FEATURES.map(col),
    sources: new Map(spec.sources.map((s) => [s, col(`source.${s}`)])),
    sourceOther: spec.sourceOther ? col(`source.${OTHER_CATEGORY}`) : -1,
    attributes: compileAttributePlan(spec.attributes, col),
  };
}

/** Writes a lead's raw (unstandardized) feature values into `out` at `offset` (unset columns stay 0). */
function fillRaw(plan: Plan, snapshot: LeadSnapshot, facts: LeadFacts, out: Float64Array, offset: number): void {
  const set = (j: number, v: number): void => {
    if (j >= 0) out[offset + j] = v;
  };
  coreFeatureValues(snapshot).forEach((v, i) => set(plan.core[i], v));
  if (facts.source !== null) set(plan.sources.get(facts.source) ?? plan.sourceOther, 1);
  fillAttributes(plan.attributes, facts.attributes, set);
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
  const { features, means, stds } = fitStandardization(raw, n, names, numeric);
  return { format: ENCODER_FORMAT, minCategoryCount, ...spec, features, means, stds, trainingSize: n };
}

/** Raw (unstandardized) feature values of a lead as known at `at`, in encoder order. */
export function rawFeatureVector(encoder: Encoder, facts: LeadFacts, at: Date, snapshot = snapshotAt(facts, at)): Float64Array {
  const out = new Float64Array(encoder.features.length);
  fillRaw(compilePlan(encoder, encoder.features), snapshot, facts, out, 0);
  return out;
}

/** The model input for one lead as known at `at`. */
export function encodeLead(encoder: Encoder, facts: LeadFacts, at: Date): Float64Array {
  const out = rawFeatureVector(encoder, facts, at);
  standardizeRow(encoder, out, 0);
  return out;
}

/** Model inputs for many rows as a row-major n × d matrix. */
export function encodeRows(encoder: Encoder, rows: LeadAt[]): Float64Array {
  const d = encoder.features.length;
  const out = new Float64Array(rows.length * d);
  const plan = compilePlan(encoder, encoder.features);
  rows.forEach((r, i) => {
    fillRaw(plan, snapshotAt(r.facts, r.at), r.facts, out, i * d);
    standardizeRow(encoder, out, i * d);
  });
  return out;
}
