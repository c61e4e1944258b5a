import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { JSONScalar, UserError } from "@revgraph/graph";

export enum JobStatus {
  QUEUED = "queued",
  RUNNING = "running",
  SUCCEEDED = "succeeded",
  FAILED = "failed",
}
registerEnumType(JobStatus, { name: "JobStatus" });

export enum RetrainScope {
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(RetrainScope, { name: "RetrainScope", description: "Whose models to retrain." });

@ObjectType({ description: "How far a job has got." })
export class JobProgress {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  failed!: number;
}

@ObjectType({ description: "Background work on the job queue (retraining, rescoring)." })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  queue!: string;

  @Field(() => JobStatus)
  status!: JobStatus;

  @Field(() => JobProgress, { nullable: true })
  progress!: JobProgress | null;

  @Field(() => Int, { description: "Attempts so far (a crashed or failed job is retried)." })
  attempts!: number;

  @Field(() => JSONScalar, { nullable: true, description: "What the job did, when it has finished." })
  result!: unknown;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@InputType()
export class RetrainScoringModelsInput {
  @Field(() => RetrainScope, { defaultValue: RetrainScope.ORGANIZATION })
  scope!: RetrainScope;
}

@ObjectType()
export class RetrainScoringModelsPayload {
  @Field(() => Job, { nullable: true, description: "The queued job (or the one already queued or running for this organization)." })
  job!: Job | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
