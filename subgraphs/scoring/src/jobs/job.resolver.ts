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
  @Mutation(() => RetrainScoringModelsPayload, { description: "Managers and admins: queue retraining of every rep with new outcomes. Poll job(id) for progress." })
  async retrainScoringModels(
    @Ctx() ctx: ScoringContext,
    @Arg("scope", () => RetrainScope, {
      defaultValue: RetrainScope.ORGANIZATION,
      description: "Whose models: ORGANIZATION (the default and only choice), every rep with outcomes newer than their latest model or with outcomes and no model yet.",
    })
    _scope: RetrainScope,
  ): Promise<RetrainScoringModelsPayload> {
    if (ctx.identity.role === "rep") throw forbidden("Only managers and admins can retrain the whole organization; use retrainScoringModel for your own model");
    const org = ctx.identity.organizationId;
    const job = await new JobQueue(ctx.db).enqueue({ queue: QUEUES.retrainOrganization, organizationId: org, singletonKey: `retrain:${org}` });
    return { job: toJob(job), errors: [] };
  }

  @Query(() => Job, { nullable: true, description: "A job of the caller's organization, or null." })
  async job(@Arg("id", () => ID, { description: "The job's id, as retrainScoringModels returned it." }) id: string, @Ctx() ctx: ScoringContext): Promise<Job | null> {
    if (!isUuid(id)) return null;
    const [row] = await new JobQueue(ctx.db).byId(id, ctx.identity.organizationId);
    return row ? toJob(row) : null;
  }
}
