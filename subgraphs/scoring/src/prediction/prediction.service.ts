/** Serves the caller's predictions for many leads at once, from cache when the inputs have not changed. */
import { predictionsComputed } from "@revgraph/graph";
import type { ActivityRow, SalesLeadRow } from "../lead/lead-facts.repository";
import type { LeadLoaders } from "../lead/lead.loaders";
import { factsFingerprint, toLeadFacts } from "../lead/lead-facts";
import { evidenceOf } from "../next-action/next-action.service";
import { nextBestAction } from "../next-action/next-action.rules";
import { keptFactors } from "./prediction-factors";
import type { PredictionFactorsRow, PredictionRepository, PredictionRow } from "./prediction.repository";
import { predictLead, type ActiveModel, type ServingModel } from "./predictor";

/** Where the factors of predictions computed in this request are handed over, so reading them costs no query. */
export interface FactorsCache {
  clear(id: string): unknown;
  prime(id: string, row: PredictionFactorsRow): unknown;
}

/** Recency and funnel time drift with the clock: a cached prediction is recomputed after this. */
export const PREDICTION_TTL_MS = 6 * 60 * 60 * 1000;

export class PredictionService {
  constructor(
    private readonly repo: PredictionRepository,
    private readonly loaders: LeadLoaders,
    /** Which model serves the caller (no JSON): enough for cache hits. */
    private readonly servingModel: () => Promise<ServingModel>,
    /** The serving model with its weights, read only when a prediction must be computed. */
    private readonly activeModel: () => Promise<ActiveModel>,
    private readonly factorsCache: FactorsCache,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Whether the caller may read a stored prediction by id: one made by the model that serves the
   * caller (their own, the team's or the default); managers and admins read any of their
   * organization's. Another rep's prediction carries that rep's model and is not handed out.
   */
  async visibleToCaller(row: PredictionRow, role: "rep" | "manager" | "admin"): Promise<boolean> {
    if (role !== "rep") return true;
    return row.modelKey === (await this.servingModel()).key;
  }

  /** One prediction per lead id, in order (without factors: see FactorsCache); null for leads the caller cannot see. */
  async forLeads(leadIds: readonly string[]): Promise<(PredictionRow | null)[]> {
    const now = this.now();
    const [serving, leads, activities] = await Promise.all([this.servingModel(), this.loaders.salesLead.loadMany(leadIds), this.loaders.activities.loadMany(leadIds)]);
    const cached = new Map((await this.repo.byLeads(serving.key, leadIds)).map((row) => [row.leadId, row]));
    const fresh = new Map<string, PredictionRow>();
    const stale: { lead: SalesLeadRow; activities: ActivityRow[]; fingerprint: string }[] = [];
    for (let i = 0; i < leadIds.length; i++) {
      const lead = leads[i];
      const acts = activities[i];
      if (!lead || lead instanceof Error || acts instanceof Error) continue;
      const fingerprint = factsFingerprint(lead, acts);
      const hit = cached.get(lead.id);
      if (hit && hit.fingerprint === fingerprint && now.getTime() - hit.predictedAt.getTime() < PREDICTION_TTL_MS) {
        fresh.set(lead.id, hit);
      } else {
        stale.push({ lead, activities: acts, fingerprint });
      }
    }
    const model = stale.length ? await this.activeModel() : null;
    const toWrite = stale.map(({ lead, activities: acts, fingerprint }) => {
      const facts = toLeadFacts(lead, acts);
      const result = predictLead(model!, facts, now);
      return {
        leadId: lead.id,
        modelKey: model!.key,
        modelVersion: result.modelVersion,
        kind: "CONVERSION",
        fingerprint,
        probability: result.probability,
        confidence: result.confidence,
        personalized: result.personalized,
        factors: keptFactors(result.factors),
        reasoning: result.reasoning,
        actionPriority: nextBestAction(facts, result.probability, now, evidenceOf(serving)).priority,
        predictedAt: now,
      };
    });
    if (model) predictionsComputed.inc({ service: "scoring", kind: "CONVERSION", source: model.key === "default" ? "DEFAULT" : "MODEL" }, toWrite.length);
    const factorsByLead = new Map(toWrite.map((row) => [row.leadId, row.factors]));
    for (const row of await this.repo.upsertMany(toWrite)) {
      fresh.set(row.leadId, row);
      this.factorsCache.clear(row.id);
      this.factorsCache.prime(row.id, { id: row.id, factors: factorsByLead.get(row.leadId) ?? [] });
    }
    return leadIds.map((id) => fresh.get(id) ?? null);
  }
}
