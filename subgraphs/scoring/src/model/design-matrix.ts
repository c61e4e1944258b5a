// Landmark training rows as a standardized design matrix (rows × features, y = 1 for a win within the horizon), one group per lead.
import { designMatrixOf, type DesignMatrix } from "@revgraph/learning";
import { encodeRows, type Encoder } from "./encoder";
import type { TrainingRow } from "./landmarks";

/** The design matrix of training rows: one group per lead, each row weighted leads ÷ rows. */
export function designMatrix(encoder: Encoder, rows: TrainingRow[]): DesignMatrix {
  return designMatrixOf(
    encoder,
    encodeRows(encoder, rows),
    Float64Array.from(rows, (r) => r.y),
    Int32Array.from(rows, (r) => r.lead),
  );
}
