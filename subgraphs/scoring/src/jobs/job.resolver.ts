import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { forbidden } from "@revgraph/auth";
import { isUuid } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { JobQueue, type JobRow } from "./job-queue";
import { QUEUES } from "./job-handlers";
import { Job, type JobStatus, RetrainScope, RetrainScoringModelsPayload } from "./job.type";

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    queue: row.queue,
    status: row.status as JobStatus,
    progress: (row.progress as Job["progress"]) ?? null,
    attempts: row.attempts,
    result: row.result,
    lastError: row.lastError,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

@Resolver()
export class JobResolver {
  @Mutation(() => RetrainScoringModelsPayload, {
    description: "Queues retraining: managers and admins of every rep with new outcomes (ORGANIZATION), anyone of their own model (MINE). Poll job(id) for progress.",
  })
  async retrainScoringModels(
    @Ctx() ctx: ScoringContext,
    @Arg("scope", () => RetrainScope, {
      defaultValue: RetrainScope.ORGANIZATION,
      description: "Whose models: ORGANIZATION (the default: every rep with outcomes newer than their latest model or with outcomes and no model yet) or MINE (the caller's own).",
    })
    scope: RetrainScope,
  ): Promise<RetrainScoringModelsPayload> {
    const org = ctx.identity.organizationId;
    if (scope === RetrainScope.MINE) {
      const userId = ctx.identity.userId;
      const job = await new JobQueue(ctx.db).enqueue({
        queue: QUEUES.retrainOrganization,
        organizationId: org,
        payload: { userIds: [userId] },
        singletonKey: `retrain:${org}:${userId}`,
      });
      return { job: toJob(job), errors: [] };
    }
    if (ctx.identity.role === "rep") throw forbidden("Only managers and admins can retrain the whole organization; use scope MINE for your own model");
    const job = await new JobQueue(ctx.db).enqueue({ queue: QUEUES.retrainOrganization, organizationId: org, singletonKey: `retrain:${org}` });
    return { job: toJob(job), errors: [] };
  }

  @Query(() => Job, { nullable: true, description: "A job of the caller's organization, or null (a rep's own retraining is visible to that rep, managers and admins only)." })
  async job(@Arg("id", () => ID, { description: "The job's id, as retrainScoringModels returned it." }) id: string, @Ctx() ctx: ScoringContext): Promise<Job | null> {
    if (!isUuid(id)) return null;
    const [row] = await new JobQueue(ctx.db).byId(id, ctx.identity.organizationId);
    if (!row) return null;
    // A rep's own retraining is personal: other reps see it as missing (managers and admins see every job).
    const listed = (row.payload as { userIds?: unknown } | null)?.userIds;
    if (ctx.identity.role === "rep" && Array.isArray(listed) && !listed.includes(ctx.identity.userId)) return null;
    return toJob(row);
  }
}
