/** Seasonality of lead volume and conversion rate: checks the request, reads monthly counts, decomposes and forecasts. */
import type { Identity } from "@revgraph/auth";
import { badInput } from "@revgraph/graph";
import { decompose, forecast, MIN_MONTHS_FOR_DECOMPOSITION } from "./seasonal-decomposition";
import type { SeasonalityRepository } from "./seasonality.repository";

export const MAX_SEASONALITY_MONTHS = 120;
/** The longest category a catalog item may carry (item.validation.ts), so the longest worth asking for. */
export const MAX_SEASONALITY_CATEGORY = 100;
/** How many of the catalog's categories an unknown-category error lists. */
const LISTED_CATEGORIES = 20;
export type SeasonalityMetricName = "LEAD_VOLUME" | "CONVERSION_RATE";

export interface SeasonalMonthView {
  month: string;
  value: number | null;
  count: number;
  trend: number | null;
  seasonalIndex: number | null;
  residual: number | null;
}

export interface SeasonalityView {
  metric: SeasonalityMetricName;
  source: string | null;
  category: string | null;
  series: SeasonalMonthView[];
  seasonalIndices: { month: number; index: number }[] | null;
  forecast: { month: string; value: number; low: number; high: number }[];
  residualSd: number | null;
  note: string | null;
}

export class SeasonalityService {
  constructor(
    private readonly identity: Identity,
    private readonly repository: SeasonalityRepository,
  ) {}

  /**
   * The last `months` complete months (UTC) before `now`, from the first month with data, of the
   * leads of `source` and `category` (each null for all). A category no item of the organization's
   * catalog carries is refused rather than answered with an empty series, so a misspelt one is not
   * mistaken for a season without leads.
   */
  async seasonality(metric: SeasonalityMetricName, filter: { source: string | null; category: string | null }, months: number, now: Date): Promise<SeasonalityView> {
    const { source } = filter;
    if (!Number.isInteger(months) || months < 1 || months > MAX_SEASONALITY_MONTHS)
      throw badInput("months", `months must be between 1 and ${MAX_SEASONALITY_MONTHS}, got ${months}`);
    if (source !== null && (source.length === 0 || source.length > 200)) throw badInput("source", "source must be 1 to 200 characters");
    const category = filter.category === null ? null : filter.category.trim();
    if (category !== null && (category.length === 0 || category.length > MAX_SEASONALITY_CATEGORY)) {
      throw badInput("category", `category must be 1 to ${MAX_SEASONALITY_CATEGORY} characters`);
    }
    if (category !== null) {
      const known = await this.repository.categories(this.identity.organizationId);
      if (!known.includes(category)) {
        const listed = known.length ? `: ${known.slice(0, LISTED_CATEGORIES).join(", ")}${known.length > LISTED_CATEGORIES ? ", …" : ""}` : "; it has none";
        throw badInput("category", `No item of the catalog has the category "${category}". The catalog's categories${listed}`);
      }
    }
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months, 1));
    const { identity } = this;
    const counts = await this.repository.monthlyCounts({
      organizationId: identity.organizationId,
      assigneeId: identity.role === "rep" ? identity.userId : null,
      source,
      category,
      from,
      to,
    });
    const all = Array.from({ length: months }, (_, i) => monthKey(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1)))).map((month) => {
      if (metric === "LEAD_VOLUME") {
        const leads = counts.created.get(month) ?? 0;
        return { month, value: leads as number | null, count: leads };
      }
      const closed = counts.closed.get(month) ?? { won: 0, lost: 0 };
      const total = closed.won + closed.lost;
      return { month, value: total > 0 ? closed.won / total : null, count: total };
    });
    const first = all.findIndex((m) => m.count > 0);
    const series = first < 0 ? [] : all.slice(first);
    // The decomposition needs consecutive values: the trailing run of months with one.
    let start = series.length;
    while (start > 0 && series[start - 1]!.value !== null) start -= 1;
    const run = series.slice(start).map((m) => m.value as number);
    const firstMonthOfYear = run.length ? Number(series[start]!.month.slice(5, 7)) - 1 : 0;
    // Lead volumes are counts (variance grows with the level, at least Poisson); a rate's noise scales with it.
    const decomposition = decompose(run, firstMonthOfYear, { noise: metric === "LEAD_VOLUME" ? "count" : "relative" });
    const view: SeasonalityView = {
      metric,
      source,
      category,
      series: series.map((m) => ({ ...m, trend: null, seasonalIndex: null, residual: null })),
      seasonalIndices: null,
      forecast: [],
      residualSd: null,
      note: null,
    };
    if (!decomposition) {
      view.note = `A seasonal decomposition needs ${MIN_MONTHS_FOR_DECOMPOSITION} consecutive months with data; there are ${run.length}.`;
      return view;
    }
    run.forEach((_, i) => {
      view.series[start + i] = { ...view.series[start + i]!, trend: decomposition.trend[i]!, seasonalIndex: decomposition.seasonal[i]!, residual: decomposition.residual[i]! };
    });
    view.seasonalIndices = decomposition.indices.map((index, month) => ({ month: month + 1, index }));
    view.residualSd = decomposition.residualSd;
    const bounds = metric === "CONVERSION_RATE" ? { min: 0, max: 1 } : { min: 0 };
    view.forecast = forecast(decomposition, run.length, firstMonthOfYear, bounds).map((p) => ({
      month: monthKey(new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + p.step - 1, 1))),
      value: p.value,
      low: p.low,
      high: p.high,
    }));
    return view;
  }
}

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
