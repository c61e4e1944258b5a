/**
 * Starts the whole system in one process: every subgraph and the gateway on their own ports,
 * over the embedded database (or DATABASE_URL), with migrations applied and demo data on first start.
 */
import { developmentSecret, signToken } from "@revgraph/auth";
import { loadConfig } from "@revgraph/config";
import { openDatabase } from "@revgraph/db";
import { createLogger } from "@revgraph/graph";
import { hasOutdatedActiveModels, JobQueue, QUEUES } from "@revgraph/scoring";
import { trainMissingChurnModels } from "@revgraph/customer-success";
import { ensureWebAppBuilt, startStack, WEB_APP_PATH } from "@revgraph/stack";
import { hasDemoData, seedDemoData } from "./seed/load";

const config = loadConfig();
const log = createLogger("revgraph", config.logLevel);
const database = openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.embeddedDatabaseDir });
await database.migrate();
log.info({ database: database.kind }, "migrations applied");

if (config.env !== "production" && !(await hasDemoData(database.db))) {
  log.info("loading demo data (first start only)");
  const { counts } = await seedDemoData(database.db, { now: new Date() });
  // Train every rep's model in the background, so the demo starts with personalized predictions.
  await new JobQueue(database.db).enqueue({ queue: QUEUES.retrainWeekly, singletonKey: "demo-initial-training" });
  log.info({ counts }, "demo data loaded; training the reps' models in the background");
} else if (await hasOutdatedActiveModels(database.db)) {
  // Models from before the current feature format serve the default model, and evidence counted an older way serves none, until retrained: retrain now rather than on Sunday.
  await new JobQueue(database.db).enqueue({ queue: QUEUES.retrainWeekly, singletonKey: "outdated-models" });
  log.info("models in an older feature format or with older action evidence found; retraining them in the background");
}

if (config.env !== "production") {
  // The demo's churn predictions come from a model trained on the organization's own renewals, not the rules.
  const trained = await trainMissingChurnModels(database.db, new Date());
  if (trained.length) log.info({ organizations: trained }, "churn models trained from the recorded renewals");
}

// The gateway serves the built app under /app/; a build takes seconds and happens only when the sources changed.
const webApp = ensureWebAppBuilt(log);
const stack = await startStack({ config, database, log });
const shutdown = async () => {
  await stack.close();
  await database.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

if (config.env !== "production") {
  const secret = config.jwt.secret ?? developmentSecret(config.dataDir);
  const token = await signToken(secret, { userId: "rep-alice", organizationId: "org-acme-realty", role: "rep", email: "alice@acme-realty.example" });
  const origin = new URL(stack.gatewayUrl).origin;
  process.stdout.write(
    [
      "",
      webApp ? `App:      ${origin}${WEB_APP_PATH}?as=rep-alice  (signed in as rep-alice; switch users in the header)` : "App:      not built (see the log above)",
      `Gateway:  ${stack.gatewayUrl}  (open it in a browser for Apollo Sandbox)`,
      "Header:   Authorization: Bearer <token>",
      `Token (rep-alice of org-acme-realty, 12h): ${token}`,
      "More tokens: pnpm token --user rep-bob --org org-acme-realty [--role manager]",
      "",
    ].join("\n"),
  );
}
