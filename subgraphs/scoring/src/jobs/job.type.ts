import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { JSONScalar, UserError } from "@revgraph/graph";

export enum JobStatus {
  QUEUED = "queued",
  RUNNING = "running",
  SUCCEEDED = "succeeded",
  FAILED = "failed",
}
registerEnumType(JobStatus, {
  name: "JobStatus",
  description: "Where a job is in the queue.",
  valuesConfig: {
    QUEUED: { description: "Waiting to run, or to be retried after a failed attempt." },
    RUNNING: { description: "A worker is running it." },
    SUCCEEDED: { description: "Finished; result says what it did." },
    FAILED: { description: "Failed on its last attempt; lastError says why." },
  },
});

export enum RetrainScope {
  ORGANIZATION = "ORGANIZATION",
  MINE = "MINE",
}
registerEnumType(RetrainScope, {
  name: "RetrainScope",
  description: "Whose models to retrain.",
  valuesConfig: {
    ORGANIZATION: { description: "Every rep with outcomes newer than their latest model, or with outcomes and no model yet (managers and admins)." },
    MINE: { description: "The caller's own model (anyone): the same training as retrainScoringModel, as a job whose progress can be polled." },
  },
});

@ObjectType({ description: "How far a job has got." })
export class JobProgress {
  @Field(() => Int, { description: "Units of work in the job (for a retraining, the reps to retrain)." })
  total!: number;

  @Field(() => Int, { description: "Units finished so far, failed ones included." })
  done!: number;

  @Field(() => Int, { description: "Units that failed (a rep whose retraining failed keeps their previous model)." })
  failed!: number;
}

@ObjectType({ description: "Background work on the job queue (retraining, rescoring)." })
export class Job {
  @Field(() => ID, { description: "The job's id, to poll with job(id)." })
  id!: string;

  @Field(() => String, { description: "The kind of work, e.g. retrain-organization." })
  queue!: string;

  @Field(() => JobStatus, { description: "Where the job is in the queue." })
  status!: JobStatus;

  @Field(() => JobProgress, { nullable: true, description: "How far it has got; null until the job reports progress." })
  progress!: JobProgress | null;

  @Field(() => Int, { description: "Attempts so far (a crashed or failed job is retried)." })
  attempts!: number;

  @Field(() => JSONScalar, { nullable: true, description: "What the job did, when it has finished." })
  result!: unknown;

  @Field(() => String, { nullable: true, description: "The error of the latest failed attempt; null when no attempt has failed." })
  lastError!: string | null;

  @Field(() => Date, { description: "When it was queued." })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it succeeded or finally failed; null while queued or running." })
  finishedAt!: Date | null;
}

@InputType()
export class RetrainScoringModelsInput {
  @Field(() => RetrainScope, { defaultValue: RetrainScope.ORGANIZATION })
  scope!: RetrainScope;
}

@ObjectType({ description: "Result of retrainScoringModels: the job to poll." })
export class RetrainScoringModelsPayload {
  @Field(() => Job, { nullable: true, description: "The queued job (or the one already queued or running for the same scope: the organization, or the caller's own model)." })
  job!: Job | null;

  @Field(() => [UserError], { description: "Reserved for rejected input; empty today (a rep's call is refused with a FORBIDDEN error instead)." })
  errors!: UserError[];
}
