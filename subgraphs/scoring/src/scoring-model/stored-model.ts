/**
 * Stored model JSON, checked at the repository boundary: a row's `model` becomes a TrainedModel
 * only when its encoder is in today's format and its shape is what predictions read; anything
 * else (a model from an older feature design, a damaged row) becomes null and is not served.
 */
import { z } from "zod";
import { ENCODER_FORMAT } from "../model/encoder";
import type { TrainedModel } from "../model/model-types";
import { MODEL_LEVELS } from "@revgraph/db/vocabulary";

const numbers = z.record(z.string(), z.number());

const encoderSchema = z.looseObject({
  format: z.literal(ENCODER_FORMAT),
  minCategoryCount: z.number(),
  sources: z.array(z.string()),
  sourceOther: z.boolean(),
  attributes: z.array(z.looseObject({ key: z.string(), kind: z.enum(["number", "boolean", "category"]) })),
  features: z.array(z.string()),
  means: z.array(z.number()),
  stds: z.array(z.number()),
  trainingSize: z.number(),
});

const trainedModelSchema = z
  .looseObject({
    level: z.enum(MODEL_LEVELS),
    encoder: encoderSchema,
    weights: numbers,
    intercept: z.number(),
    lambda: z.number().nullable(),
    interceptLambda: z.number().nullable(),
    pulls: numbers.optional(),
    sampleSize: z.number(),
    positives: z.number(),
    divergence: z.number().optional(),
    priorSampleSize: z.number(),
    priorPositives: z.number(),
    variances: numbers,
    interceptVariance: z.number(),
    trainedAt: z.string(),
    metrics: z.looseObject({ method: z.string(), testSize: z.number() }),
  })
  .refine((m) => m.encoder.means.length === m.encoder.features.length && m.encoder.stds.length === m.encoder.features.length, "encoder arrays differ in length");

/** The stored JSON as a TrainedModel, or null when it is from an older format or malformed. */
export function parseStoredModel(json: unknown): TrainedModel | null {
  const parsed = trainedModelSchema.safeParse(json);
  return parsed.success ? (parsed.data as unknown as TrainedModel) : null;
}
