/** The requesting rep's ranked next actions for a lead: service rules, then their own (pooled) evidence, each with its estimated success. */
import type { LeadLoaders } from "../lead/lead.loaders";
import { toLeadFacts } from "../lead/lead-facts";
import type { StoredAction } from "@revgraph/db/schema";
import type { PredictionActionsRow, PredictionRow } from "../prediction/prediction.repository";
import type { ReasoningWriter } from "../ai/reasoning-writer";
import { nextContactTime } from "../ai-preferences/contact-hours";
import type { AiPreferencesView } from "../ai-preferences/ai-preferences.service";
import type { RepEvidence } from "./next-action.rules";
import { rankedActions, type RankedAction } from "./ranked-actions";

/** The most actions a lead lists: the rule's, and one per action the history can speak for. */
export const MAX_NEXT_ACTIONS = 6;

export class NextActionService {
  constructor(
    private readonly loaders: LeadLoaders,
    private readonly predictions: { load(id: string): Promise<PredictionRow | null> },
    /** A prediction's stored actions by prediction id. */
    private readonly storedActions: { load(id: string): Promise<PredictionActionsRow | null> },
    /** The serving model's action evidence, worded for the caller (read only when actions must be ranked here). */
    private readonly repEvidence: () => Promise<RepEvidence | null>,
    private readonly writer: Pick<ReasoningWriter, "enabled" | "phrase">,
    private readonly preferences: () => Promise<AiPreferencesView>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Next actions for a batch of leads. A single lead (a detail view) may have its reasoning
   * phrased by the language model; lists keep the deterministic text, so a page of 100 leads
   * never waits on 100 model calls. The caller's preferences apply: none at all when they turned
   * suggestions off, due times moved into their contact hours, the model's wording in their tone.
   */
  async forLeads(leadIds: readonly string[]): Promise<(RankedAction[] | null)[]> {
    const preferences = await this.preferences();
    if (!preferences.autoSuggestActions) return leadIds.map(() => []);
    const hours = preferences.preferredContactHours;
    const results = (await Promise.all(leadIds.map((id) => this.forLead(id)))).map(
      (actions) => actions?.map((a) => (hours && a.dueAt ? { ...a, dueAt: nextContactTime(a.dueAt, hours) } : a)) ?? null,
    );
    const [only] = results;
    const top = only?.[0];
    if (results.length === 1 && only && top && top.action !== "NONE" && this.writer.enabled) {
      const style = { tone: preferences.tone, customInstructions: preferences.customInstructions };
      return [[{ ...top, reasoning: await this.writer.phrase(top.action, top.priority, top.reasoning, style) }, ...only.slice(1)]];
    }
    return results;
  }

  /**
   * Every ranked action for the lead (callers take the first few); null when the lead is not the
   * organization's. They were computed with the lead's prediction and are stored with it, so they
   * change when it does (and a due time does not move on every read); rows stored before actions
   * were kept get them computed here.
   */
  async forLead(leadId: string): Promise<RankedAction[] | null> {
    const prediction = await this.predictions.load(leadId);
    if (!prediction) return null;
    const stored = (await this.storedActions.load(prediction.id))?.actions;
    if (stored) return stored.map(fromStoredAction);
    const [lead, activities, evidence] = await Promise.all([this.loaders.salesLead.load(leadId), this.loaders.activities.load(leadId), this.repEvidence()]);
    if (!lead) return null;
    return rankedActions(toLeadFacts(lead, activities), prediction.probability, this.now(), evidence, MAX_NEXT_ACTIONS);
  }
}

export function toStoredAction(action: RankedAction): StoredAction {
  return { ...action, dueAt: action.dueAt?.toISOString() ?? null };
}

function fromStoredAction(action: StoredAction): RankedAction {
  return { ...action, dueAt: action.dueAt === null ? null : new Date(action.dueAt) };
}
