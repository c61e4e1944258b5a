// Benchmark: churn through the API. (a) Telco loaded through upsertAccount and recordAccountOutcome,
// trained with trainChurnModel, its stored held-out check (time split) next to the rules;
// (b) a 10,000-account portfolio predicted by predictChurnForPortfolio (setup written straight
// into the tables, not timed), and one `account { churnRisk ctas }` served from the store.
// Usage: pnpm exec tsx bench/churn-api.ts [--only telco|speed]  (DATABASE_URL for PostgreSQL)
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schema, type Database } from "@revgraph/db";
import { startTestStack, type TestUser } from "@revgraph/testkit";
import { simulatePortfolio } from "../subgraphs/customer-success/src/churn/churn-simulation";
import { parseCsv } from "./support/csv";
import { machineSummary } from "./support/machine";
import { pool, quantile, seconds, timed } from "./support/stats";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATASETS_DIR = process.env.DATASETS_DIR ?? path.resolve(REPO, "../shared/datasets");
const NUMERIC = new Set(["tenure", "MonthlyCharges", "TotalCharges"]);
const PER_CALL = 25;

function fail(what: string, errors: unknown[]): void {
  if (errors.length) throw new Error(`${what}: ${JSON.stringify(errors.slice(0, 3))}`);
}

async function telco(): Promise<void> {
  const table = parseCsv(fs.readFileSync(path.join(DATASETS_DIR, "telco-customer-churn.csv"), "utf8"));
  const customers = table.rows
    .filter((r) => r.length === table.header.length)
    .map((r) => {
      const attributes: Record<string, string | number> = {};
      let churned = false;
      table.header.forEach((name, j) => {
        const text = r[j].text.trim();
        if (name === "Churn") churned = text === "Yes";
        else if (name !== "customerID" && text !== "") attributes[name] = NUMERIC.has(name) ? Number(text) : text;
      });
      return { attributes, churned };
    });
  const stack = await startTestStack();
  try {
    const manager = await (await stack.createOrg()).user("manager");
    const n = customers.length;
    // Outcomes in file order, a minute apart and all in the past: the time split holds out the file's last 20%.
    const end = Date.now() - 60_000;
    const ids: string[] = new Array(n);
    const load = await timed(() =>
      pool(Math.ceil(n / PER_CALL), 2, async (c) => {
        const chunk = customers.slice(c * PER_CALL, (c + 1) * PER_CALL);
        const ops = chunk.map((_, k) => `a${k}: upsertAccount(input: $i${k}) { account { id } errors { field code } }`).join("\n");
        const vars = chunk.map((_, k) => `$i${k}: UpsertAccountInput!`).join(", ");
        const input = Object.fromEntries(
          chunk.map((cu, k) => [`i${k}`, { name: `Customer ${c * PER_CALL + k}`, domain: `telco-${c * PER_CALL + k}.example`, healthScore: 50, attributes: cu.attributes }]),
        );
        const data = await manager.client.query(`mutation Upsert(${vars}) { ${ops} }`, input);
        chunk.forEach((_, k) => {
          fail("upsertAccount", data[`a${k}`].errors);
          ids[c * PER_CALL + k] = data[`a${k}`].account.id;
        });
      }),
    );
    const outcomes = await timed(() =>
      pool(Math.ceil(n / PER_CALL), 2, async (c) => {
        const chunk = customers.slice(c * PER_CALL, (c + 1) * PER_CALL);
        const ops = chunk.map((_, k) => `o${k}: recordAccountOutcome(input: $i${k}) { errors { field code } }`).join("\n");
        const vars = chunk.map((_, k) => `$i${k}: RecordAccountOutcomeInput!`).join(", ");
        const input = Object.fromEntries(
          chunk.map((cu, k) => {
            const i = c * PER_CALL + k;
            return [
              `i${k}`,
              { accountId: ids[i], outcome: cu.churned ? "CHURNED" : "RENEWED", occurredAt: new Date(end - (n - i) * 60_000).toISOString(), idempotencyKey: `telco-${i}` },
            ];
          }),
        );
        const data = await manager.client.query(`mutation Outcomes(${vars}) { ${ops} }`, input);
        chunk.forEach((_, k) => fail("recordAccountOutcome", data[`o${k}`].errors));
      }),
    );
    const train = await timed(() =>
      manager.client.query(
        `mutation { trainChurnModel { model { version accounts churned metrics { method trainAccounts heldOutAccounts heldOutChurned model { auc brier logLoss ece } rules { auc brier logLoss ece } } } errors { code } } }`,
      ),
    );
    const m = train.value.trainChurnModel.model.metrics;
    console.log(`\n## (a) Telco through the API: ${n} accounts, ${customers.filter((c) => c.churned).length} churned`);
    console.log(
      `load: upsertAccount ${seconds(load.ms)}, recordAccountOutcome ${seconds(outcomes.ms)}; trainChurnModel ${seconds(train.ms)} (two trainings: the checked one and the stored one)`,
    );
    console.log(`held-out check: ${m.method}; trained on ${m.trainAccounts}, held out ${m.heldOutAccounts} (${m.heldOutChurned} churned)\n`);
    console.log("| predictor | AUC | Brier | log loss | ECE |\n| --- | --- | --- | --- | --- |");
    for (const [name, q] of [
      ["churn model (trainChurnModel)", m.model],
      ["rules fallback", m.rules],
    ] as const) {
      console.log(`| ${name} | ${q.auc === null ? "-" : q.auc.toFixed(3)} | ${q.brier.toFixed(3)} | ${q.logLoss.toFixed(3)} | ${q.ece.toFixed(3)} |`);
    }
    console.log("| scikit-learn logistic regression, 5-fold (../shared/datasets/README.md) | 0.845 | | | |");
  } finally {
    await stack.close();
  }
}

async function insertPortfolio(db: Database, organizationId: string, csm: TestUser, count: number): Promise<string[]> {
  const now = Date.now();
  const accounts = simulatePortfolio({ accounts: count, seed: 7, firstRenewal: new Date(now + 5 * 86_400_000) });
  const ids = accounts.map(() => crypto.randomUUID());
  for (let i = 0; i < accounts.length; i += 2000) {
    await db.insert(schema.accounts).values(
      accounts.slice(i, i + 2000).map((a, k) => ({
        id: ids[i + k],
        organizationId,
        name: `Account ${i + k}`,
        domain: `acct-${i + k}.example`,
        healthScore: 60,
        lifecycleStage: "ADOPTION" as const,
        renewalDate: a.renewalDate,
        attributes: a.example.snapshot.attributes as Record<string, string | number | boolean>,
        csmId: csm.id,
        arr: a.example.snapshot.arr,
      })),
    );
  }
  const signals = accounts.flatMap((a, i) =>
    a.example.snapshot.signals
      .filter((s) => s.occurredAt.getTime() <= now)
      .map((s) => ({ organizationId, accountId: ids[i], type: s.type, value: s.value, detail: s.detail ?? null, occurredAt: s.occurredAt, recordedBy: "bench" })),
  );
  for (let i = 0; i < signals.length; i += 4000) await db.insert(schema.accountSignals).values(signals.slice(i, i + 4000));
  const health = accounts.flatMap((a, i) =>
    a.example.snapshot.healthHistory
      .filter((h) => h.recordedAt.getTime() <= now)
      .map((h) => ({ organizationId, accountId: ids[i], score: Math.round(h.score), recordedAt: h.recordedAt })),
  );
  for (let i = 0; i < health.length; i += 5000) await db.insert(schema.accountHealthHistory).values(health.slice(i, i + 5000));
  console.log(`  setup: ${count} accounts, ${signals.length} signals, ${health.length} health points written to the tables (not timed)`);
  return ids;
}

async function speed(): Promise<void> {
  const stack = await startTestStack({ jobs: true });
  try {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const count = 10_000;
    console.log(`\n## (b) Speed through the API (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"})`);
    const ids = await insertPortfolio(stack.database.db, org.id, manager, count);
    const run = await timed(async () => {
      const { predictChurnForPortfolio: job } = await manager.client.query(`mutation { predictChurnForPortfolio { id } }`);
      for (;;) {
        const { churnPortfolioJob: j } = await manager.client.query(`query($id: ID!) { churnPortfolioJob(id: $id) { status done total result lastError } }`, { id: job.id });
        if (j.status === "SUCCEEDED" || j.status === "FAILED") return j;
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    console.log(`predictChurnForPortfolio, ${count} accounts: ${seconds(run.ms)} from the mutation to SUCCEEDED (${JSON.stringify(run.value.result ?? run.value.lastError)})`);
    const query = `query AccountRisk($id: ID!) { account(id: $id) { churnRisk { probability riskCategory explanation recommendations { action } } ctas { id type priority } } }`;
    const sample = ids.filter((_, i) => i % 50 === 0);
    for (const id of sample.slice(0, 20)) await manager.client.query(query, { id });
    const ms: number[] = [];
    for (const id of sample) {
      const t = await timed(() => manager.client.query(query, { id }));
      ms.push(t.ms);
    }
    ms.sort((a, b) => a - b);
    console.log(`account { churnRisk ctas } from the store, ${ms.length} accounts one at a time: p50 ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms`);
  } finally {
    await stack.close();
  }
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
console.log(`# Churn through the API\n${machineSummary()}`);
if (!only || only === "telco") await telco();
if (!only || only === "speed") await speed();
