// A JSON-serializable encoder for rows made of named domain features plus custom attributes (encoder.ts).
//
// The domain (churn, …) computes its own feature values per row in a fixed order (`core`); this
// encoder appends the subject's custom attributes, drops constant columns and standardizes the
// numbers, leaving the 0/1 indicators (`indicators`) unstandardized.
import {
  attributeColumnNames,
  compileAttributePlan,
  fillAttributes,
  fitAttributeSpecs,
  fitStandardization,
  numericAttributeColumns,
  standardizeRow,
  type AttributePlan,
  type AttributeRecord,
  type AttributeSpec,
  type Standardization,
} from "./encoder";

export const RECORD_ENCODER_FORMAT = 1;

/** A fitted record encoder. Plain JSON. */
export interface RecordEncoder extends Standardization {
  format: typeof RECORD_ENCODER_FORMAT;
  minCategoryCount: number;
  /** Names of the domain's own features, in the order their values are given. */
  core: string[];
  /** The core features that are 0/1 indicators (not standardized). */
  indicators: string[];
  attributes: AttributeSpec[];
  /** Training rows the encoder was fitted on. */
  trainingSize: number;
}

/** One row to encode: the domain's feature values (in `core` order) and the subject's attributes. */
export interface EncodableRow {
  core: ArrayLike<number>;
  attributes: AttributeRecord;
}

export interface RecordEncoderOptions {
  core: readonly string[];
  indicators?: readonly string[];
  /** Categories seen fewer times than this are grouped into __other__ (default 5). */
  minCategoryCount?: number;
  /** The attributes of the distinct training subjects (default: every row's), from which categories and bins are fitted. */
  subjects?: readonly AttributeRecord[];
}

interface Plan {
  core: number[];
  attributes: AttributePlan[];
}

function compile(encoder: Pick<RecordEncoder, "core" | "attributes">, names: readonly string[]): Plan {
  const index = new Map(names.map((n, i) => [n, i]));
  const col = (name: string): number => index.get(name) ?? -1;
  return { core: encoder.core.map(col), attributes: compileAttributePlan(encoder.attributes, col) };
}

function fillRaw(plan: Plan, row: EncodableRow, out: Float64Array, offset: number): void {
  const set = (j: number, v: number): void => {
    if (j >= 0) out[offset + j] = v;
  };
  for (let i = 0; i < plan.core.length; i++) set(plan.core[i], row.core[i]);
  fillAttributes(plan.attributes, row.attributes, set);
}

/** Fits an encoder on training rows (categories and bins from the subjects, standardization from the rows). */
export function fitRecordEncoder(rows: readonly EncodableRow[], options: RecordEncoderOptions): RecordEncoder {
  const minCategoryCount = options.minCategoryCount ?? 5;
  const core = [...options.core];
  const indicators = [...(options.indicators ?? [])];
  const attributes = fitAttributeSpecs(options.subjects ?? rows.map((r) => r.attributes), minCategoryCount);
  const names = [...core, ...attributeColumnNames(attributes)];
  const numeric = new Set([...core.filter((n) => !indicators.includes(n)), ...numericAttributeColumns(attributes)]);
  const d = names.length;
  const raw = new Float64Array(rows.length * d);
  const plan = compile({ core, attributes }, names);
  rows.forEach((r, i) => fillRaw(plan, r, raw, i * d));
  const scaling = fitStandardization(raw, rows.length, names, numeric);
  return { format: RECORD_ENCODER_FORMAT, minCategoryCount, core, indicators, attributes, ...scaling, trainingSize: rows.length };
}

/** Raw (unstandardized) feature values of a row, in encoder order. */
export function rawRecordVector(encoder: RecordEncoder, row: EncodableRow): Float64Array {
  const out = new Float64Array(encoder.features.length);
  fillRaw(compile(encoder, encoder.features), row, out, 0);
  return out;
}

/** Model inputs for many rows as a row-major n × d standardized matrix. */
export function encodeRecords(encoder: RecordEncoder, rows: readonly EncodableRow[]): Float64Array {
  const d = encoder.features.length;
  const out = new Float64Array(rows.length * d);
  const plan = compile(encoder, encoder.features);
  rows.forEach((r, i) => {
    fillRaw(plan, r, out, i * d);
    standardizeRow(encoder, out, i * d);
  });
  return out;
}
