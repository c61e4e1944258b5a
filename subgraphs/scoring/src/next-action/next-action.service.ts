/** The requesting rep's next best action for many leads at once. */
import type { LeadLoaders } from "../lead/lead.loaders";
import { toLeadFacts } from "../lead/lead-facts";
import type { PredictionRow } from "../prediction/prediction.repository";
import { ruleBasedNextAction, type NextActionResult } from "./next-action.rules";

export class NextActionService {
  constructor(
    private readonly loaders: LeadLoaders,
    private readonly predictions: { load(id: string): Promise<PredictionRow | null> },
    private readonly now: () => Date = () => new Date(),
  ) {}

  async forLead(leadId: string): Promise<NextActionResult | null> {
    const [lead, activities, prediction] = await Promise.all([
      this.loaders.salesLead.load(leadId),
      this.loaders.activities.load(leadId),
      this.predictions.load(leadId),
    ]);
    if (!lead || !prediction) return null;
    return ruleBasedNextAction(toLeadFacts(lead, activities), prediction.probability, this.now());
  }
}
