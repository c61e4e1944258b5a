/** The requesting rep's next best action for a lead: service rules, then their own (pooled) evidence. */
import type { LeadLoaders } from "../lead/lead.loaders";
import { toLeadFacts } from "../lead/lead-facts";
import type { PredictionRow } from "../prediction/prediction.repository";
import type { ServingModel } from "../prediction/predictor";
import type { ReasoningWriter } from "../ai/reasoning-writer";
import { nextBestAction, type NextActionResult, type RepEvidence } from "./next-action.rules";

export class NextActionService {
  constructor(
    private readonly loaders: LeadLoaders,
    private readonly predictions: { load(id: string): Promise<PredictionRow | null> },
    private readonly servingModel: () => Promise<ServingModel>,
    private readonly writer: Pick<ReasoningWriter, "enabled" | "phrase">,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Next actions for a batch of leads. A single lead (a detail view) may have its reasoning
   * phrased by the language model; lists keep the deterministic text, so a page of 100 leads
   * never waits on 100 model calls.
   */
  async forLeads(leadIds: readonly string[]): Promise<(NextActionResult | null)[]> {
    const results = await Promise.all(leadIds.map((id) => this.forLead(id)));
    const [only] = results;
    if (results.length === 1 && only && only.action !== "NONE" && this.writer.enabled) {
      return [{ ...only, reasoning: await this.writer.phrase(only.action, only.priority, only.reasoning) }];
    }
    return results;
  }

  async forLead(leadId: string): Promise<NextActionResult | null> {
    const [lead, activities, prediction, model] = await Promise.all([
      this.loaders.salesLead.load(leadId),
      this.loaders.activities.load(leadId),
      this.predictions.load(leadId),
      this.servingModel(),
    ]);
    if (!lead || !prediction) return null;
    return nextBestAction(toLeadFacts(lead, activities), prediction.probability, this.now(), evidenceOf(model));
  }
}

/** The action evidence a serving model carries, worded for its owner. */
export function evidenceOf(model: ServingModel): RepEvidence | null {
  if (!model.evidence) return null;
  return { evidence: model.evidence, whose: model.level === "rep" ? "your" : "your team's" };
}
