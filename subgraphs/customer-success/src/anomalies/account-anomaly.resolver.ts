import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badInput } from "@revgraph/graph";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { AccountAnomaly, DEFAULT_ANOMALIES, type HealthMeasure, MAX_ANOMALIES_PAGE } from "./account-anomaly.type";

@Resolver(() => Account)
export class AccountAnomalyResolver {
  @FieldResolver(() => [AccountAnomaly], { description: "Sudden drops in health found when it was recomputed, newest first." })
  async anomalies(
    @Root() account: Account,
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("first", () => Int, { defaultValue: DEFAULT_ANOMALIES, description: `How many anomalies (0-${MAX_ANOMALIES_PAGE}).` }) first: number,
  ): Promise<AccountAnomaly[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_ANOMALIES_PAGE) throw badInput("first", `first must be between 0 and ${MAX_ANOMALIES_PAGE}, got ${first}`);
    const rows = await ctx.loaders.anomalies(first).load(account.id);
    return rows.map((row) => ({
      measure: row.measure as HealthMeasure,
      score: row.score,
      baseline: row.baseline,
      drop: Math.round((row.baseline - row.score) * 10) / 10,
      zScore: row.zScore,
      detectedAt: row.detectedAt,
    }));
  }
}
