/** What each queue's jobs do. Handlers are given the database, the job and a clock. */
import { sql } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import type { Logger } from "@revgraph/graph";
import { rescoreOpenLeads } from "../score/rescore";
import { ScoringModelRepository } from "../scoring-model/scoring-model.repository";
import { TrainingDataRepository } from "../scoring-model/training-data.repository";
import { TrainingService } from "../scoring-model/training.service";
import { JobQueue, rowsOf, type JobRow } from "./job-queue";

export const QUEUES = {
  /** Retrain every rep of one organization who has outcomes newer than their model, or the reps its payload lists (`userIds`). */
  retrainOrganization: "retrain-organization",
  /** Weekly: one retrain-organization job per organization with outcomes. */
  retrainWeekly: "retrain-weekly",
  /** Nightly: rescore every open lead. */
  rescoreNightly: "rescore-nightly",
} as const;

export interface JobEnv {
  db: Database;
  log: Logger;
  now: () => Date;
}

export type JobHandler = (job: JobRow, env: JobEnv) => Promise<unknown>;

export const jobHandlers: Record<string, JobHandler> = {
  async [QUEUES.retrainOrganization](job, { db, log, now }) {
    const org = job.organizationId!;
    const models = new ScoringModelRepository(db, org);
    const data = new TrainingDataRepository(db, org);
    const listed = listedReps(job.payload);
    const reps = listed ?? (await repsToRetrain(models, data));
    const queue = new JobQueue(db);
    await queue.progress(job.id, { total: reps.length, done: 0, failed: 0 });
    const training = new TrainingService(db, models, data, now);
    const results = await training.retrainReps(reps, (done, failed) => queue.progress(job.id, { total: reps.length, done, failed }));
    const failed = results.filter((r) => r.errors.length > 0);
    log.info({ organizationId: org, reps: reps.length, failed: failed.length }, "organization retrained");
    return {
      retrained: results
        .filter((r) => r.model)
        .map((r) => ({ userId: r.userId, version: r.model!.version, activated: r.activated, reason: r.reason, improvements: r.improvements })),
      // A rep without outcomes of their own keeps the team's model: said in words, not a failure.
      unchanged: results.filter((r) => !r.model && r.errors.length === 0).map((r) => ({ userId: r.userId, reason: r.reason })),
      failed: failed.map((r) => ({ userId: r.userId, code: r.errors[0]?.code, error: r.errors[0]?.message })),
    };
  },

  async [QUEUES.retrainWeekly](_job, { db }) {
    const orgs = rowsOf<{ organization_id: string }>(await db.execute(sql`select distinct organization_id from sales.conversions_for_scoring`));
    const queue = new JobQueue(db);
    for (const { organization_id: organizationId } of orgs) {
      await queue.enqueue({ queue: QUEUES.retrainOrganization, organizationId, singletonKey: `retrain:${organizationId}` });
    }
    return { organizations: orgs.length };
  },

  async [QUEUES.rescoreNightly](_job, { db, now }) {
    return rescoreOpenLeads(db, now());
  },
};

/** The reps a job's payload names (a rep's own retraining), or null for "whoever has new outcomes". */
function listedReps(payload: unknown): string[] | null {
  const userIds = (payload as { userIds?: unknown } | null)?.userIds;
  return Array.isArray(userIds) && userIds.length > 0 && userIds.every((u) => typeof u === "string") ? (userIds as string[]) : null;
}

/** Reps whose latest outcome was recorded after their latest model was trained (or who have none), and reps whose active model's action evidence is outdated. */
async function repsToRetrain(models: ScoringModelRepository, data: TrainingDataRepository): Promise<string[]> {
  const [outcomes, trained, outdated] = await Promise.all([data.latestOutcomeByRep(), models.latestTrainingByRep(), models.repsWithOutdatedEvidence()]);
  const reps = [...outcomes]
    .filter(([userId, recordedAt]) => {
      const last = trained.get(userId);
      return !last || recordedAt > last;
    })
    .map(([userId]) => userId);
  return [...new Set([...reps, ...outdated])].sort();
}
