/** Purchase timing per open lead: keeps the organization's time-to-event model fitted to its closed leads and predicts from the lead's age, stage and source now. */
import type { PurchaseTimingModelRow, PurchaseTimingRepository } from "./purchase-timing.repository";
import { fitTimingModel, modelHazards, predictTiming, stageAt, type TimingLead, type TimingPrediction } from "./time-to-event";

export const TIMING_MODEL_NAME = "discrete-time competing-risks hazards (penalized logistic regression)";
const REFIT_AFTER_MS = 86_400_000;
const DAY_MS = 86_400_000;

export interface LeadPurchaseTiming extends TimingPrediction {
  model: string;
  fittedAt: Date;
}

export class PurchaseTimingService {
  private current?: Promise<PurchaseTimingModelRow | null>;

  constructor(
    private readonly repository: PurchaseTimingRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The organization's model, refitted first when its closed leads changed in number or it is a day old; null when too few leads are closed. Once per request. */
  model(): Promise<PurchaseTimingModelRow | null> {
    this.current ??= this.load();
    return this.current;
  }

  private async load(): Promise<PurchaseTimingModelRow | null> {
    const now = this.now();
    const [stored, closedLeads] = await Promise.all([this.repository.find(), this.repository.closedCount()]);
    if (stored && stored.closedLeads === closedLeads && now.getTime() - stored.fittedAt.getTime() < REFIT_AFTER_MS) return stored;
    const model = fitTimingModel(await this.repository.leads(), now);
    if (!model) return null;
    const row = { model, closedLeads, fittedAt: now };
    await this.repository.save(row);
    return { ...row, organizationId: this.repository.organizationId };
  }

  /** Null for a closed lead, or while the organization has no model. */
  async forLead(lead: TimingLead | null): Promise<LeadPurchaseTiming | null> {
    if (!lead || lead.closedAt || lead.status === "WON" || lead.status === "LOST") return null;
    const stored = await this.model();
    if (!stored) return null;
    const now = this.now();
    const hazards = modelHazards(stored.model, stageAt(lead, now), lead.source);
    const prediction = predictTiming(hazards, (now.getTime() - lead.createdAt.getTime()) / DAY_MS);
    return { ...prediction, model: TIMING_MODEL_NAME, fittedAt: stored.fittedAt };
  }
}
