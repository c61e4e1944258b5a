// Benchmark: model quality on three public datasets loaded through the GraphQL API (custom-attributes path), with load and training times.
// Run: pnpm bench:real [--only xeducation|bank|telco] [--limit N] [--per-request K (aliased recordConversion fields per request, default 25)]   (DATABASE_URL=postgres://... for PostgreSQL)
import fs from "node:fs";
import path from "node:path";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { createLeads, recordConversions, type AttributeValue, type LeadImport } from "./support/api-import";
import { parseCsv, type CsvCell } from "./support/csv";
import { machineSummary } from "./support/machine";
import { plainLogisticHoldout } from "./support/plain-logistic";
import { rollingOrigin, type OriginResult } from "./support/rolling-origin";
import { printTable, seconds, settle, timed } from "./support/stats";
import { TrainingDataRepository } from "../subgraphs/scoring/src/scoring-model/training-data.repository";

// The data sets sit beside the repository (../shared/datasets) unless DATASETS_DIR says otherwise.
const DATASETS_DIR = process.env.DATASETS_DIR ?? path.resolve(import.meta.dirname, "../../shared/datasets");
const DAY_MS = 86_400_000;
const CONVERSION_CONCURRENCY = 8;
const MISSING = new Set(["", "Select", "unknown"]);

interface DatasetSpec {
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

const DATASETS: DatasetSpec[] = [
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

interface Args {
  only: string | null;
  limit: number | null;
  /** Aliased recordConversion fields per GraphQL request. */
  perRequest: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { only: null, limit: null, perRequest: 25 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--only") args.only = argv[++i] ?? null;
    else if (argv[i] === "--limit") args.limit = Number(argv[++i]);
    else if (argv[i] === "--per-request") args.perRequest = Number(argv[++i]);
  }
  return args;
}

interface LoadedRow {
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

function loadRows(spec: DatasetSpec, limit: number | null): LoadedRow[] {
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

const RETRAIN = `mutation Retrain {
  retrainScoringModel {
    activated reason sampleSize
    model {
      version level
      weights { feature weight }
      evaluation {
        method testSize
        model { auc brier logLoss calibrationError }
        organization { auc brier logLoss calibrationError }
        default { auc brier logLoss calibrationError }
      }
    }
    errors { code message }
  }
}`;

interface Quality {
  auc: number | null;
  brier: number;
  logLoss: number;
  calibrationError: number;
}

interface RetrainData {
  retrainScoringModel: {
    activated: boolean;
    reason: string;
    sampleSize: number;
    model: {
      version: number;
      level: string;
      weights: { feature: string; weight: number }[];
      evaluation: { method: string; testSize: number; model: Quality | null; organization: Quality | null; default: Quality | null } | null;
    } | null;
    errors: { code: string; message: string }[];
  };
}

interface Result {
  spec: DatasetSpec;
  rows: number;
  positives: number;
  attributeKeys: number;
  createMs: number;
  convertMs: number;
  trainMs: number;
  retrain: RetrainData["retrainScoringModel"];
  /** Plain L2 logistic regression on the same encoded features and split (diagnostic). */
  plain: Quality;
  /** Rolling-origin AUCs of the org model (datasets with a scikit-learn rolling reference). */
  rolling: OriginResult[];
}

async function runDataset(stack: TestStack, spec: DatasetSpec, args: Args): Promise<Result> {
  const rows = loadRows(spec, args.limit);
  const org = await stack.createOrg();
  const rep = await org.user("rep");
  // Synthetic dates in file order: evenly spaced over the year ending two days ago, closed a day later.
  const end = Date.now() - 2 * DAY_MS;
  const step = (365 * DAY_MS) / rows.length;
  const start = end - rows.length * step;
  const leads: LeadImport[] = rows.map((r, i) => ({
    externalId: `${spec.key}-${i}`,
    name: `${spec.key} row ${i + 1}`,
    source: r.source,
    assignedToId: rep.id,
    createdAt: new Date(Math.round(start + i * step)),
    attributes: r.attributes,
  }));
  console.log(`\n## ${spec.title}: ${rows.length} rows, ${rows.filter((r) => r.positive).length} positive`);

  const created = await timed(() => createLeads(rep.client, leads));
  console.log(`createLeads: ${seconds(created.ms)} (${Math.round(rows.length / (created.ms / 1000))} leads/s)`);
  const ids = created.value;
  const converted = await timed(() =>
    recordConversions(
      rep.client,
      rows.map((r, i) => ({
        leadId: ids[i],
        outcome: r.positive ? "WON" : "LOST",
        occurredAt: new Date(leads[i].createdAt.getTime() + DAY_MS),
        idempotencyKey: `${spec.key}-close-${i}`,
      })),
      { concurrency: CONVERSION_CONCURRENCY, perRequest: args.perRequest },
    ),
  );
  console.log(
    `recordConversion ×${rows.length} (${CONVERSION_CONCURRENCY} requests in flight, ${args.perRequest} per request): ${seconds(converted.ms)} (${Math.round(rows.length / (converted.ms / 1000))} calls/s)`,
  );
  const trained = await timed(() => rep.client.query<RetrainData>(RETRAIN));
  const retrain = trained.value.retrainScoringModel;
  await settle();
  console.log(`retrainScoringModel: ${seconds(trained.ms)}`);
  if (retrain.errors.length) console.log(`retrain errors: ${JSON.stringify(retrain.errors)}`);
  console.log(`activated=${retrain.activated} sampleSize=${retrain.sampleSize} reason: ${retrain.reason}`);
  const weights = retrain.model?.weights ?? [];
  console.log(
    `features in the model: ${weights.length}; largest weights: ${weights
      .slice(0, 6)
      .map((w) => `${w.feature} ${w.weight.toFixed(2)}`)
      .join(", ")}`,
  );
  // Diagnostic: the product's features with a plain logistic regression, to separate features from shrinkage.
  const facts = (await new TrainingDataRepository(stack.database.db, org.id).leads()).map((l) => l.facts);
  const plain = plainLogisticHoldout(facts);
  const rolling = spec.sklearnRolling === undefined ? [] : rollingOrigin(facts);
  return {
    spec,
    plain,
    rolling,
    rows: rows.length,
    positives: rows.filter((r) => r.positive).length,
    attributeKeys: new Set(rows.flatMap((r) => Object.keys(r.attributes))).size,
    createMs: created.ms,
    convertMs: converted.ms,
    trainMs: trained.ms,
    retrain,
  };
}

function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined || Number.isNaN(x) ? "-" : x.toFixed(digits);
}

function report(results: Result[]): void {
  console.log("\n### Held-out quality (product evaluation: time-ordered holdout of the latest 20% by close date = last 20% of file order)\n");
  const rows: string[][] = [];
  for (const r of results) {
    const e = r.retrain.model?.evaluation;
    for (const [label, q] of [
      ["learned (rep)", e?.model],
      ["organization", e?.organization],
      ["default", e?.default],
      ["diagnostic: plain L2 LR, same features", r.plain],
    ] as const) {
      rows.push([r.spec.key, e ? `${e.method} n=${e.testSize}` : "-", label, fmt(q?.auc), fmt(q?.brier), fmt(q?.logLoss), fmt(q?.calibrationError)]);
    }
  }
  printTable(["dataset", "split", "model", "AUC", "Brier", "log loss", "ECE"], rows);
  console.log(
    "\n### Against scikit-learn on the same split (issue 6 goal: at or above LR on X Education and Telco, within 0.005 AUC of the best column everywhere, ECE ≤ 0.03 on X Education and Telco)\n",
  );
  printTable(
    ["dataset", "ours (rep) AUC", "sklearn LR", "sklearn GB", "gap to best", "ours ECE"],
    results.map((r) => {
      const ours = r.retrain.model?.evaluation?.model?.auc ?? null;
      const best = Math.max(r.spec.sklearn.lr, r.spec.sklearn.gb);
      return [
        r.spec.key,
        fmt(ours),
        fmt(r.spec.sklearn.lr),
        fmt(r.spec.sklearn.gb),
        ours === null ? "-" : fmt(ours - best),
        fmt(r.retrain.model?.evaluation?.model?.calibrationError),
      ];
    }),
  );
  for (const r of results.filter((x) => x.rolling.length > 0)) {
    const aucs = r.rolling.map((o) => o.auc ?? Number.NaN);
    console.log(`\n### Rolling origin on ${r.spec.key}: train on the first k%, test on the next 10% (org model)\n`);
    printTable(
      ["k", "test leads", "AUC"],
      r.rolling.map((o) => [`${Math.round(o.trainShare * 100)}%`, String(o.testSize), fmt(o.auc)]),
    );
    console.log(`mean AUC ${fmt(aucs.reduce((a, b) => a + b, 0) / aucs.length)} (scikit-learn logistic regression on the same blocks: ${fmt(r.spec.sklearnRolling)})`);
  }
  console.log("\n### References (datasets README, scikit-learn)\n");
  printTable(
    ["dataset", "references (ROC AUC)"],
    results.map((r) => [r.spec.key, r.spec.references.join("; ")]),
  );
  console.log("\n### Load and training time (through the gateway)\n");
  printTable(
    ["dataset", "rows", "positives", "attribute keys", "createLeads", "recordConversion", "retrainScoringModel", "activated"],
    results.map((r) => [
      r.spec.key,
      String(r.rows),
      `${r.positives} (${((100 * r.positives) / r.rows).toFixed(1)}%)`,
      String(r.attributeKeys),
      seconds(r.createMs),
      seconds(r.convertMs),
      seconds(r.trainMs),
      String(r.retrain.activated),
    ]),
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const specs = DATASETS.filter((d) => !args.only || d.key === args.only);
  if (specs.length === 0) throw new Error(`--only must be one of ${DATASETS.map((d) => d.key).join(", ")}`);
  console.log(`# Model quality on real datasets\n${machineSummary()}${args.limit ? `\nsubset: first ${args.limit} rows of each file` : ""}`);
  const stack = await startTestStack();
  const results: Result[] = [];
  try {
    for (const spec of specs) results.push(await runDataset(stack, spec, args));
  } finally {
    report(results);
    await stack.close();
  }
}

await main();
