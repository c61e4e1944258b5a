// Benchmark: model quality on three public datasets loaded through the GraphQL API (custom-attributes path), with load and training times.
// Run: pnpm bench:real [--only xeducation|bank|telco] [--limit N] [--per-request K (aliased recordConversion fields per request, default 25)]   (DATABASE_URL=postgres://... for PostgreSQL)
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { createLeads, recordConversions, type LeadImport } from "./support/api-import";
import { machineSummary } from "./support/machine";
import { plainLogisticHoldout } from "./support/plain-logistic";
import { DATASETS, loadRows, type DatasetSpec } from "./support/real-datasets";
import { rollingOrigin, type OriginResult } from "./support/rolling-origin";
import { printTable, seconds, settle, timed } from "./support/stats";
import { TrainingDataRepository } from "../subgraphs/scoring/src/scoring-model/training-data.repository";

const DAY_MS = 86_400_000;
const CONVERSION_CONCURRENCY = 8;

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
