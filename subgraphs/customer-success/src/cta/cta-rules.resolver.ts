import { Ctx, Mutation, Resolver } from "type-graphql";
import { forbidden } from "@revgraph/auth";
import type { CustomerSuccessContext } from "../context";
import { RunCtaRulesPayload } from "./cta.payload";
import { runCtaRules } from "./cta-rules.service";

@Resolver()
export class CtaRulesResolver {
  @Mutation(() => RunCtaRulesPayload, {
    description:
      "Managers and admins: runs the organization's CTA rules now (they also run nightly at 01:00 UTC). Raises a RENEWAL / RENEWAL_AT_RISK CTA for each account renewing within 90 days whose health is declining, subject to dedup and cooldown.",
  })
  async runCtaRules(@Ctx() ctx: CustomerSuccessContext): Promise<RunCtaRulesPayload> {
    if (ctx.identity.role === "rep") throw forbidden("Only managers and admins can run the CTA rules");
    const run = await runCtaRules(ctx.db, ctx.identity.organizationId, ctx.services.ctas.now());
    return { ...run, errors: [] };
  }
}
