// Speed benchmarks through the real stack: (a) retrain one rep, (b) retrain 100 reps, (c) rescore 100k open leads, (d) work-list query latency,
// (e) work-list latency during an organization retraining.
// Run: pnpm bench:speed [--only a|b|c|d|e] [--runs 5] [--seconds 15] [--concurrency 8] [--rescore-leads 100000]
//      [--org-reps 100] [--leads-per-rep 500] [--sequential-reps N] [--in-process-load]
//      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:speed   (PostgreSQL: the testkit creates and drops its own database)
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { machineSummary } from "./support/machine";
import { seconds, settle, timed } from "./support/stats";
import { printFigures, type Figure } from "./speed/figure";
import { addOpenLeads, benchQueryLatency } from "./speed/query-latency";
import { benchRescore } from "./speed/rescore-open-leads";
import { benchRetrainOneRep, RETRAIN, setupRepWithClosedLeads } from "./speed/retrain-one-rep";
import { benchRetrainOrganization, hasRetrainJobApi, setupOrganization } from "./speed/retrain-organization";
import { benchWorkListDuringRetrain } from "./speed/work-list-during-retrain";

interface Args {
  only: Set<string>;
  runs: number;
  seconds: number;
  concurrency: number;
  rescoreLeads: number;
  sequentialReps: number | null;
  inProcessLoad: boolean;
  orgReps: number;
  leadsPerRep: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    only: new Set(["a", "b", "c", "d", "e"]),
    runs: 5,
    seconds: 15,
    concurrency: 8,
    rescoreLeads: 100_000,
    sequentialReps: null,
    inProcessLoad: false,
    orgReps: 100,
    leadsPerRep: 500,
  };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i] ?? "";
    if (argv[i] === "--only") args.only = new Set(v().split(","));
    else if (argv[i] === "--runs") args.runs = Number(v());
    else if (argv[i] === "--seconds") args.seconds = Number(v());
    else if (argv[i] === "--concurrency") args.concurrency = Number(v());
    else if (argv[i] === "--rescore-leads") args.rescoreLeads = Number(v());
    else if (argv[i] === "--sequential-reps") args.sequentialReps = Number(v());
    else if (argv[i] === "--in-process-load") args.inProcessLoad = true;
    else if (argv[i] === "--org-reps") args.orgReps = Number(v());
    else if (argv[i] === "--leads-per-rep") args.leadsPerRep = Number(v());
  }
  return args;
}

async function withStack<T>(label: string, options: { jobs?: boolean }, fn: (stack: TestStack) => Promise<T>): Promise<T> {
  console.log(`\n## ${label}`);
  const stack = await startTestStack(options);
  try {
    return await fn(stack);
  } finally {
    await stack.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`# Speed benchmarks\n${machineSummary()}`);
  const figures: Figure[] = [];
  const started = Date.now();

  if (args.only.has("a") || args.only.has("d")) {
    await withStack("(a) retrain one rep × 5,000 closed leads; (d) work-list latency", {}, async (stack) => {
      const setup = await setupRepWithClosedLeads(stack, 5_000);
      if (args.only.has("a")) figures.push(...(await benchRetrainOneRep(stack, setup, args.runs)));
      else {
        await setup.rep.client.query(RETRAIN);
        await settle();
      }
      if (args.only.has("d")) {
        await addOpenLeads(setup.rep, 5_000);
        figures.push(...(await benchQueryLatency(stack.gatewayUrl, setup.rep, { concurrency: args.concurrency, seconds: args.seconds, inProcess: args.inProcessLoad })));
      }
    });
  }

  if (args.only.has("b")) {
    // The organization-wide job runs on the job worker, so this stack starts with jobs on.
    await withStack(`(b) retrain ${args.orgReps} reps × ${args.leadsPerRep} closed leads`, { jobs: true }, async (stack) => {
      const setup = await setupOrganization(stack, args.orgReps, args.leadsPerRep);
      const jobApi = await hasRetrainJobApi(setup.manager.client);
      console.log(`  retrainScoringModels + job(id) in the schema: ${jobApi ? "yes" : "no (falling back to sequential retrainScoringModel calls)"}`);
      const sequentialReps = args.sequentialReps ?? (jobApi ? 5 : setup.reps.length);
      figures.push(...(await benchRetrainOrganization(stack, setup, { jobApi, sequentialReps })));
    });
  }

  if (args.only.has("e")) {
    // A smaller organization than (b)'s, so its retraining (tens of seconds here) outlasts the load window.
    await withStack("(e) work-list latency during an organization retraining (20 reps × 250 closed leads)", { jobs: true }, async (stack) => {
      const setup = await setupOrganization(stack, 20, 250);
      figures.push(
        ...(await benchWorkListDuringRetrain(stack.gatewayUrl, setup, {
          concurrency: args.concurrency,
          seconds: Math.min(args.seconds, 10),
          openLeads: 1000,
          inProcess: args.inProcessLoad,
        })),
      );
    });
  }

  if (args.only.has("c")) {
    await withStack(`(c) rescore ${args.rescoreLeads} open leads`, {}, async (stack) => {
      figures.push(...(await benchRescore(stack, { leads: args.rescoreLeads, runs: Math.min(args.runs, 3) })));
    });
  }

  console.log(`\n## Summary (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}; total wall time ${seconds(Date.now() - started, 0)})\n`);
  printFigures(figures);
}

const t = await timed(main);
console.log(`\ndone in ${seconds(t.ms, 0)}`);
process.exit(0);
