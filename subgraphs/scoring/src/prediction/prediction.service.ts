/** Serves the caller's predictions for many leads at once, from cache when the inputs have not changed. */
import { predictionsComputed } from "@revgraph/graph";
import type { ActivityRow, SalesLeadRow } from "../lead/lead-facts.repository";
import type { LeadLoaders } from "../lead/lead.loaders";
import { toLeadFacts } from "../lead/lead-facts";
import { MAX_NEXT_ACTIONS, toStoredAction } from "../next-action/next-action.service";
import type { RepEvidence } from "../next-action/next-action.rules";
import { rankedActions } from "../next-action/ranked-actions";
import type { StoredAction, StoredFactor } from "@revgraph/db/schema";
import { InFlight } from "./in-flight";
import { keptFactors } from "./prediction-factors";
import type { PredictionActionsRow, PredictionExtras, PredictionFactorsRow, PredictionRepository, PredictionRow } from "./prediction.repository";
import { predictLead, type ActiveModel, type ServingModel } from "./predictor";

/** Where the factors or actions of predictions computed in this request are handed over, so reading them costs no query. */
export interface RowCache<Row> {
  clear(id: string): unknown;
  prime(id: string, row: Row): unknown;
}

/** Recency and funnel time drift with the clock: a cached prediction is recomputed after this. */
export const PREDICTION_TTL_MS = 6 * 60 * 60 * 1000;

/**
 * How a stored prediction is computed, prefixed to its fingerprint: bumped when the same inputs
 * would now be stored differently, so rows written by older code are recomputed on their next read
 * (and by the work list's refresh). v2: ranked actions no longer put first a rule action the rep's
 * history says lowers wins. v3: that history is judged among leads of the lead's age (landmarks),
 * not in the days before each close.
 */
export const FINGERPRINT_PREFIX = "v3:";

/** A prediction computed and stored in this request, with what its loaders are primed with. */
interface ComputedPrediction {
  row: PredictionRow;
  factors: StoredFactor[];
  actions: StoredAction[];
}

/** The predictions being computed in this process, shared by its requests (see InFlight). */
const computingInProcess = new InFlight<ComputedPrediction>();

export class PredictionService {
  constructor(
    private readonly repo: PredictionRepository,
    private readonly loaders: LeadLoaders,
    /** Which model serves the caller (no JSON): enough for cache hits. */
    private readonly servingModel: () => Promise<ServingModel>,
    /** The serving model with its weights, read only when a prediction must be computed. */
    private readonly activeModel: () => Promise<ActiveModel>,
    /** The serving model's action evidence, worded for the caller: read only when actions must be ranked. */
    private readonly repEvidence: () => Promise<RepEvidence | null>,
    private readonly factorsCache: RowCache<PredictionFactorsRow>,
    private readonly actionsCache: RowCache<PredictionActionsRow>,
    /** Each lead's fingerprint (see LeadFactsRepository.states); absent for leads the caller cannot see. */
    private readonly fingerprints: (leadIds: readonly string[]) => Promise<Map<string, string>>,
    /** How many factors and whether the actions this request will read: then they come in the same statement as the rows. */
    private readonly extras: () => PredictionExtras,
    private readonly now: () => Date = () => new Date(),
    private readonly inFlight: InFlight<ComputedPrediction> = computingInProcess,
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

  /**
   * One prediction per lead id, in order (without factors and actions: see the caches); null for
   * leads the caller cannot see. A cache hit costs one row per lead and a fingerprint computed in
   * SQL; only stale leads have their row and activities read and a prediction computed.
   */
  async forLeads(leadIds: readonly string[]): Promise<(PredictionRow | null)[]> {
    const now = this.now();
    const [serving, inputs] = await Promise.all([this.servingModel(), this.fingerprints(leadIds)]);
    const fingerprints = new Map([...inputs].map(([leadId, fingerprint]) => [leadId, FINGERPRINT_PREFIX + fingerprint]));
    const cached = new Map((await this.repo.byLeads(serving.key, leadIds, this.extras())).map((row) => [row.leadId, row]));
    const fresh = new Map<string, PredictionRow>();
    const staleIds: string[] = [];
    for (const [leadId, fingerprint] of fingerprints) {
      const hit = cached.get(leadId);
      if (hit && hit.fingerprint === fingerprint && now.getTime() - hit.predictedAt.getTime() < PREDICTION_TTL_MS) {
        const { factors, factorsComplete, actions, ...row } = hit;
        fresh.set(leadId, row);
        if (factors) this.factorsCache.prime(row.id, { id: row.id, factors, complete: factorsComplete ?? false });
        if (actions !== undefined) this.actionsCache.prime(row.id, { id: row.id, actions });
      } else staleIds.push(leadId);
    }
    // Another request of this process may be computing some of them already (a herd after a retraining): those are awaited, not repeated.
    const keyOf = (leadId: string) => `${serving.key}:${fingerprints.get(leadId)}:${leadId}`;
    const staleByKey = new Map(staleIds.map((leadId) => [keyOf(leadId), leadId]));
    const results = this.inFlight.share([...staleByKey.keys()], async (keys) => {
      const computed = await this.computeAndStore(
        keys.map((key) => staleByKey.get(key)!),
        fingerprints,
        now,
      );
      return new Map([...computed].map(([leadId, prediction]) => [keyOf(leadId), prediction]));
    });
    for (const [key, result] of results) {
      const computed = await result;
      if (!computed) continue;
      const { row, factors, actions } = computed;
      fresh.set(staleByKey.get(key)!, row);
      this.factorsCache.clear(row.id);
      this.factorsCache.prime(row.id, { id: row.id, factors, complete: true });
      this.actionsCache.clear(row.id);
      this.actionsCache.prime(row.id, { id: row.id, actions });
    }
    return leadIds.map((id) => fresh.get(id) ?? null);
  }

  /** Computes and stores the predictions of these leads with the serving model, by lead id; absent for leads the caller cannot read. */
  private async computeAndStore(staleIds: string[], fingerprints: Map<string, string>, now: Date): Promise<Map<string, ComputedPrediction>> {
    const [leads, activities] = await Promise.all([this.loaders.salesLead.loadMany(staleIds), this.loaders.activities.loadMany(staleIds)]);
    const stale: { lead: SalesLeadRow; activities: ActivityRow[]; fingerprint: string }[] = [];
    staleIds.forEach((leadId, i) => {
      const lead = leads[i];
      const acts = activities[i];
      if (lead && !(lead instanceof Error) && !(acts instanceof Error)) stale.push({ lead, activities: acts, fingerprint: fingerprints.get(leadId)! });
    });
    if (stale.length === 0) return new Map();
    const [model, evidence] = await Promise.all([this.activeModel(), this.repEvidence()]);
    const toWrite = stale.map(({ lead, activities: acts, fingerprint }) => {
      const facts = toLeadFacts(lead, acts);
      const result = predictLead(model, facts, now);
      const actions = rankedActions(facts, result.probability, now, evidence, MAX_NEXT_ACTIONS);
      return {
        leadId: lead.id,
        modelKey: model.key,
        modelVersion: result.modelVersion,
        kind: "CONVERSION",
        fingerprint,
        probability: result.probability,
        confidence: result.confidence,
        personalized: result.personalized,
        factors: keptFactors(result.factors),
        reasoning: result.reasoning,
        actionPriority: actions[0]?.priority ?? null,
        actions: actions.map(toStoredAction),
        predictedAt: now,
      };
    });
    predictionsComputed.inc({ service: "scoring", kind: "CONVERSION", source: model.key === "default" ? "DEFAULT" : "MODEL" }, toWrite.length);
    const written = new Map(toWrite.map((row) => [row.leadId, row]));
    const computed = new Map<string, ComputedPrediction>();
    for (const row of await this.repo.upsertMany(toWrite)) {
      const { factors, actions } = written.get(row.leadId)!;
      computed.set(row.leadId, { row, factors, actions });
    }
    return computed;
  }
}
