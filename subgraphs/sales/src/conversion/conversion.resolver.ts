import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SalesContext } from "../context";
import { toLead } from "../lead/lead.mapper";
import { type ConversionOutcome, RecordConversionInput, RecordConversionPayload } from "./conversion.type";

@Resolver()
export class ConversionResolver {
  @Mutation(() => RecordConversionPayload, { description: "Closes a lead as WON or LOST, exactly once per lead; retries with the same key replay the result." })
  async recordConversion(
    @Arg("input", () => RecordConversionInput, { description: "The lead, its outcome and the idempotency key." }) input: RecordConversionInput,
    @Ctx() ctx: SalesContext,
  ): Promise<RecordConversionPayload> {
    const result = await ctx.services.conversions.record(input);
    return {
      lead: result.lead ? toLead(result.lead) : null,
      conversion: result.conversion
        ? {
            id: result.conversion.id,
            outcome: result.conversion.outcome as ConversionOutcome,
            occurredAt: result.conversion.occurredAt,
            idempotencyKey: result.conversion.idempotencyKey,
            recordedAt: result.conversion.createdAt,
          }
        : null,
      replayed: result.replayed,
      errors: result.errors,
    };
  }
}
