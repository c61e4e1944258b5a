/**
 * Stored churn-model JSON, checked where it is read back: the JSON becomes a ChurnModel only when
 * it is in today's format and has the shape predictions read; anything else (an older format, a
 * damaged row) becomes null, and the caller falls back to the rules.
 */
import { RECORD_ENCODER_FORMAT } from "@revgraph/learning";
import { z } from "zod";
import { CHURN_MODEL_FORMAT, type ChurnModel } from "./churn-model";

const numbers = z.record(z.string(), z.number());

const attributeSchema = z.looseObject({
  key: z.string(),
  kind: z.enum(["number", "boolean", "category"]),
  mean: z.number().optional(),
  missingIndicator: z.boolean().optional(),
  cuts: z.array(z.number()).optional(),
  categories: z.array(z.string()).optional(),
  other: z.boolean().optional(),
});

const encoderSchema = z.looseObject({
  format: z.literal(RECORD_ENCODER_FORMAT),
  minCategoryCount: z.number(),
  core: z.array(z.string()),
  indicators: z.array(z.string()),
  attributes: z.array(attributeSchema),
  features: z.array(z.string()),
  means: z.array(z.number()),
  stds: z.array(z.number()),
  trainingSize: z.number(),
});

export const churnModelSchema = z
  .looseObject({
    format: z.literal(CHURN_MODEL_FORMAT),
    version: z.string(),
    windowDays: z.number().positive(),
    encoder: encoderSchema,
    weights: numbers,
    intercept: z.number(),
    lambda: z.number().nullable(),
    interceptLambda: z.number().nullable(),
    variances: numbers,
    interceptVariance: z.number(),
    accounts: z.number(),
    churned: z.number(),
    rows: z.number(),
    trainedAt: z.string(),
    lambdaSearch: z.array(z.object({ lambda: z.number(), cvLogLoss: z.number() })),
  })
  .refine((m) => m.encoder.means.length === m.encoder.features.length && m.encoder.stds.length === m.encoder.features.length, "encoder arrays differ in length");

/** The stored JSON as a ChurnModel, or null when it is from another format or malformed. */
export function parseChurnModel(json: unknown): ChurnModel | null {
  const parsed = churnModelSchema.safeParse(json);
  return parsed.success ? (parsed.data as unknown as ChurnModel) : null;
}
