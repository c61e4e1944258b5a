/**
 * Each customer's expected revenue over the default horizon (what CustomerProfile.lifetimeValue's expectedRevenue gives), for group
 * averages and the segment filter's lifetime-value bounds: the organization's lifetime-value model applied to every buyer, once per request.
 */
import { DEFAULT_HORIZON_DAYS, type LifetimeValueService } from "../lifetime-value/lifetime-value.service";
import { expectedLifetimeRevenue, summarize, WEEK_MS } from "../lifetime-value/lifetime-value";
import type { PurchaseRepository } from "../commerce/commerce.repository";

const HORIZON_WEEKS = (DEFAULT_HORIZON_DAYS * 86_400_000) / WEEK_MS;

export class MemberValueService {
  private values?: Promise<Map<string, number>>;

  constructor(
    private readonly lifetimeValue: LifetimeValueService,
    private readonly purchases: PurchaseRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Lead id → expected revenue over the default horizon (365 days), for every lead with a purchase; empty without a model. */
  byLead(): Promise<Map<string, number>> {
    this.values ??= this.load();
    return this.values;
  }

  private async load(): Promise<Map<string, number>> {
    const model = await this.lifetimeValue.model();
    if (!model) return new Map();
    const totals = await this.purchases.totals();
    const customers = summarize(
      totals.map((row) => ({ customerId: row.leadId, at: row.occurredAt, value: row.total })),
      this.now(),
    );
    return new Map([...customers].map(([leadId, customer]) => [leadId, expectedLifetimeRevenue(model.parameters, customer, HORIZON_WEEKS)]));
  }
}
