// The three public data sets of the real-data benchmarks: which columns are sent, which are left out, and the references measured on them.
import fs from "node:fs";
import path from "node:path";
import type { AttributeValue } from "./api-import";
import { parseCsv, type CsvCell } from "./csv";

// The data sets sit beside the repository (../shared/datasets) unless DATASETS_DIR says otherwise.
const DATASETS_DIR = process.env.DATASETS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/datasets");
const MISSING = new Set(["", "Select", "unknown"]);

export interface DatasetSpec {
  key: string;
  title: string;
  file: string;
  separator: string;
  target: string;
  isPositive: (value: string) => boolean;
  /** Columns never sent: identifiers, the target, leaky columns. */
  exclude: string[];
  /** Column sent as the lead's `source` instead of as an attribute. */
  sourceColumn?: string;
  /** Published references from the datasets README. */
  references: string[];
  /** scikit-learn on exactly this benchmark's split (rows in file order, last 20% held out), from issue 6: logistic regression and gradient boosting AUC. */
  sklearn: { lr: number; gb: number };
  /** scikit-learn logistic regression's mean AUC over the rolling-origin blocks, when measured. */
  sklearnRolling?: number;
}

export const DATASETS: DatasetSpec[] = [
  {
    key: "xeducation",
    title: "X Education (Converted), non-leaky columns",
    file: "x-education-leads.csv",
    separator: ",",
    target: "Converted",
    isPositive: (v) => v === "1",
    exclude: [
      "Prospect ID",
      "Lead Number",
      "Tags",
      "Lead Quality",
      "Last Activity",
      "Last Notable Activity",
      "Lead Profile",
      "Asymmetrique Activity Index",
      "Asymmetrique Profile Index",
      "Asymmetrique Activity Score",
      "Asymmetrique Profile Score",
    ],
    sourceColumn: "Lead Source",
    references: ["LR 0.864 ± 0.006 (5-fold CV)", "GB 0.875 ± 0.004 (5-fold CV)"],
    sklearn: { lr: 0.84, gb: 0.849 },
  },
  {
    key: "bank",
    title: "Bank marketing (y), all but duration",
    file: "bank-additional-full.csv",
    separator: ";",
    target: "y",
    isPositive: (v) => v === "yes",
    exclude: ["duration"],
    references: ["LR 0.748 (time-ordered 80/20)", "GB 0.608 (time-ordered 80/20)", "LR 0.791 ± 0.006 (5-fold CV)", "Moro et al. 0.80 (rolling window)"],
    sklearn: { lr: 0.748, gb: 0.608 },
    sklearnRolling: 0.54,
  },
  {
    key: "telco",
    title: "Telco churn (Churn = Yes), all but customerID",
    file: "telco-customer-churn.csv",
    separator: ",",
    target: "Churn",
    isPositive: (v) => v === "Yes",
    exclude: ["customerID"],
    references: ["LR 0.845 ± 0.014 (5-fold CV)", "GB 0.836 ± 0.013 (5-fold CV)"],
    sklearn: { lr: 0.84, gb: 0.838 },
  },
];

export interface LoadedRow {
  attributes: Record<string, AttributeValue>;
  source: string | null;
  positive: boolean;
}

/** A column is numeric when every present, unquoted value parses as a finite number. */
function numericColumns(header: string[], rows: CsvCell[][]): Set<number> {
  const numeric = new Set<number>();
  header.forEach((_, j) => {
    let seen = 0;
    for (const r of rows) {
      const cell = r[j];
      if (MISSING.has(cell.text.trim())) continue;
      if (cell.quoted || !Number.isFinite(Number(cell.text))) return;
      seen += 1;
    }
    if (seen > 0) numeric.add(j);
  });
  return numeric;
}

export function loadRows(spec: DatasetSpec, limit: number | null): LoadedRow[] {
  const table = parseCsv(fs.readFileSync(path.join(DATASETS_DIR, spec.file), "utf8"), spec.separator);
  const rows = limit ? table.rows.slice(0, limit) : table.rows;
  const target = table.header.indexOf(spec.target);
  const source = spec.sourceColumn ? table.header.indexOf(spec.sourceColumn) : -1;
  const excluded = new Set([spec.target, ...spec.exclude, ...(spec.sourceColumn ? [spec.sourceColumn] : [])]);
  for (const c of excluded) if (!table.header.includes(c)) throw new Error(`${spec.file}: no column ${c}`);
  const numeric = numericColumns(table.header, rows);
  return rows.map((r) => {
    const attributes: Record<string, AttributeValue> = {};
    table.header.forEach((name, j) => {
      if (excluded.has(name)) return;
      const text = r[j].text.trim();
      if (MISSING.has(text)) return;
      attributes[name] = numeric.has(j) ? Number(text) : text;
    });
    const src = source >= 0 ? r[source].text.trim() : "";
    return { attributes, source: MISSING.has(src) ? null : src, positive: spec.isPositive(r[target].text.trim()) };
  });
}
