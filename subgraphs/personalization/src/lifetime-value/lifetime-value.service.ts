/** Lifetime value per lead and per account: keeps the organization's model fitted to its leads' purchases and estimates a customer's value from its own history. */
import { badInput } from "@revgraph/graph";
import type { PurchaseRepository, PurchaseRow } from "../commerce/commerce.repository";
import { estimateLifetimeValue, fitLifetimeValue, MODEL_NAME, summarize, WEEK_MS, type LifetimeValueEstimate } from "./lifetime-value";
import type { LifetimeValueModelRow, LifetimeValueRepository } from "./lifetime-value.repository";

export const DEFAULT_HORIZON_DAYS = 365;
const MAX_HORIZON_DAYS = 3650;
/** A fit older than this is redone: recency (T) moves on even when no purchase arrives. */
const REFIT_AFTER_MS = 86_400_000;

export interface LeadLifetimeValue extends LifetimeValueEstimate {
  horizonDays: number;
  model: string;
  fittedAt: Date;
}

export class LifetimeValueService {
  private current?: Promise<LifetimeValueModelRow | null>;

  constructor(
    private readonly models: LifetimeValueRepository,
    private readonly purchases: PurchaseRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The organization's model, refitted first when purchases changed or it is a day old; null when the data cannot support one. Once per request. */
  model(): Promise<LifetimeValueModelRow | null> {
    this.current ??= this.load();
    return this.current;
  }

  private async load(): Promise<LifetimeValueModelRow | null> {
    const now = this.now();
    const [stored, purchaseCount] = await Promise.all([this.models.find(), this.purchases.count()]);
    if (stored && stored.purchases === purchaseCount && now.getTime() - stored.fittedAt.getTime() < REFIT_AFTER_MS) return stored;
    const totals = await this.purchases.totals();
    const customers = summarize(
      totals.map((row) => ({ customerId: row.leadId, at: row.occurredAt, value: row.total })),
      now,
    );
    const fit = fitLifetimeValue([...customers.values()]);
    if (!fit) return null;
    const row = { parameters: fit.parameters, customers: customers.size, purchases: purchaseCount, logLikelihood: fit.logLikelihood, fittedAt: now };
    await this.models.save(row);
    return { ...row, organizationId: this.models.organizationId };
  }

  /** Null when the lead has bought nothing (not a customer yet) or the organization has no model. */
  forLead(leadId: string, purchases: readonly PurchaseRow[], horizonDays: number): Promise<LeadLifetimeValue | null> {
    return this.forCustomer(leadId, purchases, horizonDays);
  }

  /**
   * The account as one customer: its purchases (whichever of its leads bought) pooled into one history and valued by the same
   * fitted model as a lead. Null when the account has bought nothing in the caller's organization or the organization has no model.
   */
  forAccount(accountId: string, purchases: readonly PurchaseRow[], horizonDays: number): Promise<LeadLifetimeValue | null> {
    return this.forCustomer(`account:${accountId}`, purchases, horizonDays);
  }

  /** `customerKey` names the history (and seeds the interval's draws, so an estimate is stable between requests). */
  private async forCustomer(customerKey: string, purchases: readonly PurchaseRow[], horizonDays: number): Promise<LeadLifetimeValue | null> {
    if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      throw badInput("horizonDays", `horizonDays must be between 1 and ${MAX_HORIZON_DAYS}, got ${horizonDays}`);
    }
    if (purchases.length === 0) return null;
    const model = await this.model();
    if (!model) return null;
    const customer = summarize(
      purchases.map((row) => ({ customerId: customerKey, at: row.occurredAt, value: row.total })),
      this.now(),
    ).get(customerKey);
    if (!customer) return null;
    const horizonWeeks = (horizonDays * 86_400_000) / WEEK_MS;
    const estimate = estimateLifetimeValue(model.parameters, customer, horizonWeeks, `${customerKey}:${horizonDays}`);
    return { ...estimate, horizonDays, model: MODEL_NAME, fittedAt: model.fittedAt };
  }
}
