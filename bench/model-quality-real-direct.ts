// The real-data benchmark's model figures without the API: the same rows, dates and split as `pnpm bench:real`, as lead facts handed straight to the training code (seconds instead of minutes; for model work — the API run is the one BENCHMARKS.md quotes).
// Run: pnpm exec tsx bench/model-quality-real-direct.ts [--only xeducation|bank|telco]
import type { LeadFacts } from "../subgraphs/scoring/src/model/features";
import { trainOrgModel } from "../subgraphs/scoring/src/model/train";
import { DATASETS, loadRows } from "./support/real-datasets";
import { rollingOrigin } from "./support/rolling-origin";

const DAY_MS = 86_400_000;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "-" : x.toFixed(3));

for (const spec of DATASETS.filter((d) => !only || d.key === only)) {
  const rows = loadRows(spec, null);
  // The API run's dates: evenly spaced over the year ending two days ago, each closed a day later.
  const now = new Date();
  const end = now.getTime() - 2 * DAY_MS;
  const step = (365 * DAY_MS) / rows.length;
  const start = end - rows.length * step;
  const facts: LeadFacts[] = rows.map((r, i) => {
    const createdAt = new Date(Math.round(start + i * step));
    return {
      leadId: `${spec.key}-${String(i).padStart(6, "0")}`,
      createdAt,
      closedAt: new Date(createdAt.getTime() + DAY_MS),
      outcome: r.positive ? "WON" : "LOST",
      source: r.source,
      attributes: r.attributes,
      activities: [],
    };
  });
  const t0 = performance.now();
  const { evaluation } = trainOrgModel({ orgFacts: facts, now });
  const q = evaluation.organization;
  console.log(
    `${spec.key}: holdout n=${evaluation.testSize} AUC ${fmt(q?.auc)} Brier ${fmt(q?.brier)} log loss ${fmt(q?.logLoss)} ECE ${fmt(q?.ece)} (scikit-learn LR ${spec.sklearn.lr}, GB ${spec.sklearn.gb}; ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  for (const b of evaluation.calibration) console.log(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: n=${b.count} predicted ${fmt(b.meanPredicted)} observed ${fmt(b.observedRate)}`);
  if (spec.sklearnRolling !== undefined) {
    const rolling = rollingOrigin(facts);
    const aucs = rolling.map((o) => o.auc ?? Number.NaN);
    console.log(`  rolling origin: ${aucs.map(fmt).join(" ")} mean ${fmt(aucs.reduce((a, b) => a + b, 0) / aucs.length)} (scikit-learn LR ${spec.sklearnRolling})`);
  }
}
