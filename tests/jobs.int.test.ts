import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@revgraph/db";
import {
  computeTraining,
  enqueueDueSchedules,
  ensureSchedules,
  JobQueue,
  judgeAgainstTeam,
  LEASE_MS,
  ScoringModelRepository,
  TrainingDataRepository,
  TrainingService,
  type Trainer,
} from "@revgraph/scoring";
import { startTestStack, type TestOrg, type TestStack, type TestUser } from "@revgraph/testkit";

const DAY = 86_400_000;
let stack: TestStack;
let org: TestOrg;
let manager: TestUser;
let reps: TestUser[];

beforeAll(async () => {
  stack = await startTestStack({ jobs: true });
  org = await stack.createOrg();
  manager = await org.user("manager");
  reps = [await org.user("rep"), await org.user("rep"), await org.user("rep")];
  for (const [k, rep] of reps.entries()) await closeLeads(rep, 12, k);
});
afterAll(async () => {
  await stack?.close();
});

/** `count` closed leads for `rep`: wins have property views, losses do not. */
async function closeLeads(rep: TestUser, count: number, seed: number) {
  const now = Date.now();
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: Array.from({ length: count }, (_, i) => ({ name: `L${seed}-${i}`, assignedToId: rep.id, createdAt: new Date(now - (60 - i) * DAY).toISOString() })),
  });
  const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
  const won = (i: number) => (i + seed) % 3 !== 0;
  await rep.client.query(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { errors { code } } }`, {
    input: ids.flatMap((leadId, i) =>
      (won(i) ? [1, 2, 3] : [1]).map((h) => ({ leadId, type: won(i) ? "PROPERTY_VIEW" : "EMAIL_OPEN", occurredAt: new Date(now - (60 - i) * DAY + h * 3600_000).toISOString() })),
    ),
  });
  for (const [i, leadId] of ids.entries()) {
    await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
      input: { leadId, outcome: won(i) ? "WON" : "LOST", occurredAt: new Date(now - (59 - i) * DAY).toISOString(), idempotencyKey: leadId },
    });
  }
}

async function waitForJob(user: TestUser, id: string) {
  for (let i = 0; i < 300; i++) {
    const { job } = await user.client.query(`query($id: ID!) { job(id: $id) { id status attempts progress { total done failed } result lastError } }`, { id });
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

describe("organization retraining on the job queue", () => {
  it("is refused to reps", async () => {
    const result = await reps[0]!.client.raw(`mutation { retrainScoringModels(scope: ORGANIZATION) { job { id } } }`);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("retrains every rep with new outcomes, reporting progress, and only them the next time", async () => {
    const queued = await manager.client.query(`mutation { retrainScoringModels(scope: ORGANIZATION) { job { id status } errors { code } } }`);
    const job = await waitForJob(manager, queued.retrainScoringModels.job.id);
    expect(job).toMatchObject({ status: "SUCCEEDED", progress: { total: 3, done: 3, failed: 0 } });
    for (const rep of reps) {
      const model = await rep.client.query(`{ scoringModel { level personalized sampleSize } }`);
      // Every rep sells like the team here, so none of their models is their own yet (isPersonalized).
      expect(model.scoringModel).toEqual({ level: "REP", personalized: false, sampleSize: 12 });
    }
    await closeLeads(reps[1]!, 3, 7);
    const again = await manager.client.query(`mutation { retrainScoringModels { job { id } } }`);
    const second = await waitForJob(manager, again.retrainScoringModels.job.id);
    expect(second.progress).toEqual({ total: 1, done: 1, failed: 0 });
    expect(second.result.retrained.map((r: any) => r.userId)).toEqual([reps[1]!.id]);
  });

  it("lets a rep retrain their own model as a job, reporting progress to completion, and no one else's", async () => {
    const version = async (rep: TestUser) => (await rep.client.query(`{ scoringModel { version } }`)).scoringModel.version as number;
    const [mineBefore, othersBefore] = [await version(reps[0]!), await version(reps[2]!)];
    await closeLeads(reps[2]!, 2, 11); // reps[2] now has new outcomes, but only reps[0] asks
    const queued = await reps[0]!.client.query(`mutation { retrainScoringModels(scope: MINE) { job { id queue status } errors { code } } }`);
    expect(queued.retrainScoringModels).toMatchObject({ job: { queue: "retrain-organization" }, errors: [] });
    // Asked again while it is queued or running: the same job, not a second one.
    const again = await reps[0]!.client.query(`mutation { retrainScoringModels(scope: MINE) { job { id } } }`);
    const job = await waitForJob(reps[0]!, queued.retrainScoringModels.job.id);
    if (again.retrainScoringModels.job.id !== job.id) await waitForJob(reps[0]!, again.retrainScoringModels.job.id);
    expect(job).toMatchObject({ status: "SUCCEEDED", progress: { total: 1, done: 1, failed: 0 } });
    expect(job.result.retrained).toEqual([
      { userId: reps[0]!.id, version: mineBefore + 1, activated: expect.any(Boolean), reason: expect.any(String), improvements: expect.any(Array) },
    ]);
    expect(await version(reps[2]!)).toBe(othersBefore);
    // It is personal: another rep sees no such job; a manager does.
    expect((await reps[1]!.client.query(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id })).job).toBeNull();
    expect((await manager.client.query(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id })).job).toEqual({ id: job.id });
  });

  it("hides a job from other organizations", async () => {
    const queued = await manager.client.query(`mutation { retrainScoringModels { job { id } } }`);
    const outsider = await (await stack.createOrg()).user("admin");
    const seen = await outsider.client.query(`query($id: ID!) { job(id: $id) { id } }`, { id: queued.retrainScoringModels.job.id });
    expect(seen.job).toBeNull();
    await waitForJob(manager, queued.retrainScoringModels.job.id);
  });

  it("runs again a job whose worker crashed (its lease expired)", async () => {
    const queue = new JobQueue(stack.database.db);
    // Scheduled for later, so the live worker cannot pick it up before the crash is staged.
    const job = await queue.enqueue({ queue: "retrain-organization", organizationId: org.id, runAt: new Date(Date.now() + 3_600_000) });
    // Simulate a worker that claimed the job and died: running, lease long gone.
    await stack.database.db
      .update(schema.jobs)
      .set({ status: "running", attempts: 1, leaseUntil: new Date(Date.now() - 60_000), lockedBy: "dead-worker" })
      .where(eq(schema.jobs.id, job.id));
    const finished = await waitForJob(manager, job.id);
    expect(finished).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });
});

describe("leases and heartbeats", () => {
  it("lets another worker take a job within a minute of its worker's last heartbeat, not before", async () => {
    // Regression: a job whose worker died stayed stuck for the whole 10-minute lease.
    const queue = new JobQueue(stack.database.db);
    const t0 = new Date(Date.now() + 10 * 3_600_000); // far enough ahead that the live worker never sees it due
    await queue.enqueue({ queue: "lease-test", runAt: t0 });
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const claimed = await queue.claim(["lease-test"], "worker-a", LEASE_MS, at(0));
    expect(claimed?.lockedBy).toBe("worker-a");
    expect(await queue.claim(["lease-test"], "worker-b", LEASE_MS, at(45))).toBeNull();
    expect(await queue.renewLease(claimed!.id, "worker-a", LEASE_MS, at(45))).toBe(true);
    expect(await queue.claim(["lease-test"], "worker-b", LEASE_MS, at(90))).toBeNull();
    // No heartbeat after 45 s: by 106 s the lease has run out and worker-b takes the job over.
    const taken = await queue.claim(["lease-test"], "worker-b", LEASE_MS, at(106));
    expect(taken).toMatchObject({ id: claimed!.id, lockedBy: "worker-b", attempts: 2 });
    expect(await queue.renewLease(claimed!.id, "worker-a", LEASE_MS, at(107))).toBe(false);
  });

  it("hands a job back to the queue on a graceful stop without counting the interrupted attempt", async () => {
    const queue = new JobQueue(stack.database.db);
    const t0 = new Date(Date.now() + 20 * 3_600_000);
    await queue.enqueue({ queue: "release-test", runAt: t0 });
    const claimed = await queue.claim(["release-test"], "worker-a", LEASE_MS, t0);
    await queue.release(claimed!.id, "worker-a", t0);
    const again = await queue.claim(["release-test"], "worker-b", LEASE_MS, t0);
    expect(again).toMatchObject({ id: claimed!.id, lockedBy: "worker-b", attempts: 1 });
  });
});

describe("schedules", () => {
  it("enqueue a due run once however many replicas tick at the same moment", async () => {
    const db = stack.database.db;
    // Far enough ahead that the test stack's own worker, ticking on the real clock, never finds the schedule due.
    const now = new Date(Date.now() + 30 * 3_600_000);
    await ensureSchedules(db, [{ name: "test-schedule", queue: "test-queue", intervalSeconds: 3600, firstRunAt: new Date(now.getTime() - 90 * 60_000) }]);
    const ticks = await Promise.all([enqueueDueSchedules(db, now), enqueueDueSchedules(db, now), enqueueDueSchedules(db, now)]);
    expect(ticks.flat().filter((q) => q === "test-queue")).toHaveLength(1);
    const queued = await db.select().from(schema.jobs).where(eq(schema.jobs.queue, "test-queue"));
    expect(queued).toHaveLength(1);
    const [next] = await db.select().from(schema.jobSchedules).where(eq(schema.jobSchedules.name, "test-schedule"));
    expect(next!.nextRunAt.getTime()).toBeGreaterThan(now.getTime());
  });
});

describe("a retraining that crashes half way", () => {
  it("leaves the previous model active", async () => {
    const rep = reps[2]!;
    const before = await rep.client.query(`{ scoringModel { id version active } }`);
    const models = new ScoringModelRepository(stack.database.db, org.id);
    // Fails while writing the rep's model, after the organization model was stored.
    const failing = Object.create(models, {
      insert: {
        value: async (tx: never, row: { userId: string | null }, activate: boolean) => {
          if (row.userId) throw new Error("disk full");
          return models.insert(tx, row as never, activate);
        },
      },
    });
    await closeLeads(rep, 3, 11);
    const training = new TrainingService(stack.database.db, failing, new TrainingDataRepository(stack.database.db, org.id));
    const [result] = await training.retrainReps([rep.id]);
    expect(result!.errors[0]).toMatchObject({ code: "TRAINING_FAILED", message: "disk full" });
    const after = await rep.client.query(`{ scoringModel { id version active } }`);
    expect(after).toEqual(before);
  });

  it("reports TRAINING_FAILED for every rep and keeps every model when the training process dies", async () => {
    const before = await Promise.all(reps.map((rep) => rep.client.query(`{ scoringModel { id version active } }`)));
    const data = new TrainingDataRepository(stack.database.db, org.id);
    const models = new ScoringModelRepository(stack.database.db, org.id);
    // Stands in for a training process that crashed before sending anything (out of memory, say).
    const dead = async function* () {
      throw new Error("The training process stopped before finishing (exit code 1).");
    };
    const training = new TrainingService(stack.database.db, models, data, undefined, dead);
    const results = await training.retrainReps(reps.map((r) => r.id));
    expect(results.map((r) => [r.userId, r.model, r.errors[0]?.code])).toEqual(reps.map((r) => [r.id, null, "TRAINING_FAILED"]));
    const after = await Promise.all(reps.map((rep) => rep.client.query(`{ scoringModel { id version active } }`)));
    expect(after).toEqual(before);
  });

  it("serves a rep the team's model, retiring theirs, when the team's predicts the rep's leads better", async () => {
    const rep = reps[1]!;
    const own = await rep.client.query(`mutation { retrainScoringModel { activated model { version level active } } }`);
    expect(own.retrainScoringModel.model).toMatchObject({ level: "REP", active: true });
    const data = new TrainingDataRepository(stack.database.db, org.id);
    const models = new ScoringModelRepository(stack.database.db, org.id);
    // The real computation, except that the team's model is said to predict this rep's leads far better.
    const teamBetter: Trainer = async function* (input) {
      for (const output of computeTraining(input)) {
        if (output.kind !== "rep" || !output.trained) {
          yield output;
          continue;
        }
        const candidate = output.trained.evaluation.backtest?.overall.model ?? output.trained.evaluation.rep;
        const comparison = judgeAgainstTeam(output.trained.comparison, { auc: 0.95, brier: 0.05, logLoss: 0.1, ece: 0.01 }, candidate);
        yield { ...output, trained: { ...output.trained, comparison } };
      }
    };
    const [result] = await new TrainingService(stack.database.db, models, data, undefined, teamBetter).retrainReps([rep.id]);
    expect(result).toMatchObject({ activated: false, errors: [] });
    expect(result!.reason).toMatch(/^Kept but not activated: On your leads the team's model predicts better \(log loss 0\.100 vs /);
    const serving = await rep.client.query(`{ scoringModel { level active } scoringModelHistory(first: 2) { version active } }`);
    expect(serving.scoringModel).toEqual({ level: "ORGANIZATION", active: true });
    expect(serving.scoringModelHistory.map((m: { active: boolean }) => m.active)).toEqual([false, false]);
  });
});
