/**
 * Recovery candidates: checks the request, pages the silent repeat viewers, and gives each the step
 * of its phase (by the organization's learned recovery timing) — a reminder, alternatives from the recommender, or an offer from the pricing
 * service (so always within the organization's offer policy).
 */
import { badInput } from "@revgraph/graph";
import type { ItemRepository, ItemRow } from "../commerce/commerce.repository";
import type { SuggestedOfferService, SuggestedOfferView } from "../pricing/suggested-offer.service";
import type { Recommendation } from "../recommendation/co-occurrence";
import type { RecommendationService } from "../recommendation/recommendation.service";
import { daysSilent, MAX_SILENT_DAYS, recoveryStep, repeatedInterest, type RecoveryPhase, type RepeatedInterest } from "./recovery";
import type { RecoveryAttemptService } from "./recovery-attempt.service";
import { phaseFor, type PhaseTiming } from "./recovery-timing";
import { decodeRecoveryCursor, encodeRecoveryCursor } from "./recovery.cursor";
import type { RecoveryRepository } from "./recovery.repository";

export const MAX_RECOVERY_PAGE = 100;
const ALTERNATIVES = 3;
const DAY_MS = 86_400_000;

export interface RecoveryCandidateView {
  leadId: string;
  lastActiveAt: Date;
  daysSilent: number;
  phase: RecoveryPhase;
  due: boolean;
  timing: PhaseTiming;
  interest: RepeatedInterest & { item: ItemRow | null };
  step: string;
  alternatives: (Recommendation & { item: ItemRow })[];
  offer: SuggestedOfferView | null;
}

export interface RecoveryPage {
  candidates: RecoveryCandidateView[];
  cursors: string[];
  hasNextPage: boolean;
}

export class RecoveryService {
  constructor(
    private readonly repository: RecoveryRepository,
    private readonly items: ItemRepository,
    private readonly recommendations: RecommendationService,
    private readonly offers: SuggestedOfferService,
    private readonly attempts: RecoveryAttemptService,
  ) {}

  async candidates(silentDays: number, first: number, after: string | null | undefined, now: Date): Promise<RecoveryPage> {
    if (!Number.isInteger(silentDays) || silentDays < 1 || silentDays > MAX_SILENT_DAYS)
      throw badInput("silentDays", `silentDays must be between 1 and ${MAX_SILENT_DAYS}, got ${silentDays}`);
    if (!Number.isInteger(first) || first < 0 || first > MAX_RECOVERY_PAGE) throw badInput("first", `first must be between 0 and ${MAX_RECOVERY_PAGE}, got ${first}`);
    const cursor = after ? decodeRecoveryCursor("after", after) : undefined;
    const timings = await this.attempts.timings();
    const rows = await this.repository.page(new Date(now.getTime() - silentDays * DAY_MS), first + 1, cursor);
    const page = rows.slice(0, first);
    const found = page.map((row) => ({ row, interest: repeatedInterest(row.viewedItems, row.interests)! }));
    const catalog = await this.items.findByExternalIds([...new Set(found.map((f) => f.interest.itemId))]);
    const byExternal = new Map(catalog.map((item) => [item.externalId, item] as const));
    const candidates = await Promise.all(
      found.map(async ({ row, interest }) => {
        const days = daysSilent(row.lastActiveAt!, now);
        const { timing, due } = phaseFor(days, timings);
        const phase = timing.phase;
        const item = byExternal.get(interest.itemId) ?? null;
        const alternatives =
          phase === "ALTERNATIVES"
            ? (await this.recommendations.forLead(row.leadId, ALTERNATIVES + 1)).filter((r) => r.item.externalId !== interest.itemId).slice(0, ALTERNATIVES)
            : [];
        const offer = phase === "OFFER" && item ? await this.offers.suggest(row.leadId, item.id) : null;
        const step =
          phase === "OFFER" && !item
            ? `${interest.name} is not in the catalog, so no offer can be priced; remind them of it instead (silent for ${days} days).`
            : recoveryStep(
                phase,
                interest,
                days,
                alternatives.map((a) => a.item.name),
              );
        return { leadId: row.leadId, lastActiveAt: row.lastActiveAt!, daysSilent: days, phase, due, timing, interest: { ...interest, item }, step, alternatives, offer };
      }),
    );
    return {
      candidates,
      cursors: page.map((row) => encodeRecoveryCursor({ lastActiveAt: row.lastActiveAt!, id: row.id })),
      hasNextPage: rows.length > first,
    };
  }
}
