/** The organization's scorecard: reading it (anyone), changing it (managers and admins) and rescoring every account with signals. */
import { forbidden, type Identity } from "@revgraph/auth";
import type { Database, Transaction } from "@revgraph/db";
import { UserError } from "@revgraph/graph";
import { raiseAnomalyCtas } from "../anomalies/anomaly-ctas";
import type { AccountSignalRepository } from "../signals/account-signal.repository";
import type { HealthRecomputer } from "./health-recompute";
import { DEFAULT_SCORECARD, type MeasureWeight, scorecardProblems } from "./scorecard-measures";
import type { ScorecardRepository } from "./scorecard.repository";

export interface CurrentScorecard {
  measures: MeasureWeight[];
  isDefault: boolean;
  updatedAt: Date | null;
}

export class ScorecardService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly scorecards: ScorecardRepository,
    private readonly signals: AccountSignalRepository,
    private readonly recomputer: HealthRecomputer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async current(db: Database | Transaction = this.db): Promise<CurrentScorecard> {
    const row = await this.scorecards.find(db);
    return row ? { measures: row.measures, isDefault: false, updatedAt: row.updatedAt } : { measures: [...DEFAULT_SCORECARD], isDefault: true, updatedAt: null };
  }

  /** Replaces the scorecard and appends a recomputed health point to every account that has signals, in one transaction. */
  async update(measures: MeasureWeight[]): Promise<{ scorecard: CurrentScorecard | null; recomputed: number; errors: UserError[] }> {
    if (this.identity.role === "rep") throw forbidden("Only managers and admins can change the scorecard");
    const errors = scorecardProblems(measures).map((p) => UserError.of(p.index == null ? `input.${p.field}` : `input.measures.${p.index}.${p.field}`, p.problem, p.message));
    if (errors.length) return { scorecard: null, recomputed: 0, errors };
    const now = this.now();
    const cleaned = measures.map(({ measure, weight }) => ({ measure, weight }));
    const result = await this.db.transaction(async (tx) => {
      const row = await this.scorecards.save(tx, cleaned, this.identity.userId, now);
      const accountIds = await this.signals.accountsWithSignals(tx);
      const anomalies = await this.recomputer.recompute(tx, accountIds, cleaned, now);
      return { scorecard: { measures: row.measures, isDefault: false, updatedAt: row.updatedAt }, recomputed: accountIds.length, errors: [], anomalies };
    });
    if (result.anomalies.length) await raiseAnomalyCtas(this.db, this.signals.organizationId, result.anomalies, now);
    return { scorecard: result.scorecard, recomputed: result.recomputed, errors: result.errors };
  }
}
