/** Churn predictions of the caller's organization: serving them from the store, refreshing, training its model, and checking them against outcomes. */
import { forbidden, type Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { UserError, badInput, isUuid } from "@revgraph/graph";
import { qualityMetrics } from "@revgraph/learning";
import type { ChurnModelRepository, ChurnModelRow } from "./churn-model.repository";
import type { ChurnPredictor } from "./churn-predictor";
import { HIGH_THRESHOLD, type ChurnPredictionRepository, type ChurnPredictionRow } from "./churn-prediction.repository";
import type { ChurnSnapshotRepository } from "./churn-snapshot.repository";
import { trainAndStoreChurnModel } from "./churn-batch";
import { PORTFOLIO_JOB, type CsJobRepository, type CsJobRow } from "./churn-job.repository";

export interface PredictChurnResult {
  prediction: ChurnPredictionRow | null;
  /** True when a valid stored prediction was returned instead of computing one. */
  fromStore: boolean;
  errors: UserError[];
}

export interface TrainChurnResult {
  model: ChurnModelRow | null;
  errors: UserError[];
}

export interface ChurnAccuracy {
  from: Date;
  to: Date;
  validated: number;
  churned: number;
  accurate: number;
  auc: number | null;
  brier: number | null;
  precisionAtHigh: number | null;
  recallAtHigh: number | null;
  bySource: { source: string; validated: number; accurate: number }[];
}

const MAX_RANGE_DAYS = 3660;

export class ChurnService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly predictor: ChurnPredictor,
    private readonly predictions: ChurnPredictionRepository,
    private readonly models: ChurnModelRepository,
    private readonly snapshots: ChurnSnapshotRepository,
    private readonly jobs: CsJobRepository,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** The ACTIVE valid prediction of each account, computing and storing one for accounts without (the loader behind Account.churnRisk). */
  async currentFor(accountIds: readonly string[]): Promise<ChurnPredictionRow[]> {
    const now = this.now();
    const stored = await this.predictions.activeValid(accountIds, now);
    const have = new Set(stored.map((r) => r.accountId));
    const missing = accountIds.filter((id) => !have.has(id));
    if (missing.length === 0) return stored;
    return [...stored, ...(await this.predictor.predict(missing, now, { useWriter: true }))];
  }

  /** One account's prediction: the stored one while valid, a new one (replacing it) when there is none or `forceRefresh`. */
  async predict(accountId: string, forceRefresh: boolean): Promise<PredictChurnResult> {
    const fail = (code: UserError["code"], message: string): PredictChurnResult => ({ prediction: null, fromStore: false, errors: [UserError.of("accountId", code, message)] });
    if (!isUuid(accountId)) return fail("INVALID_ID", "accountId must be a UUID");
    const now = this.now();
    const found = await this.snapshots.snapshots([accountId], now);
    const account = found.get(accountId)?.account;
    if (!account) return fail("NOT_FOUND", `Account ${accountId} was not found`);
    if (account.lifecycleStage === "CHURNED") return fail("ACCOUNT_CHURNED", "The account has churned: there is no churn left to predict");
    if (!forceRefresh) {
      const [stored] = await this.predictions.activeValid([accountId], now);
      if (stored) return { prediction: stored, fromStore: true, errors: [] };
    }
    const [prediction] = await this.predictor.predict([accountId], now, { useWriter: true });
    return { prediction: prediction ?? null, fromStore: false, errors: [] };
  }

  /** Trains the organization's churn model from its recorded outcomes (managers and admins); stored predictions are superseded. */
  async train(): Promise<TrainChurnResult> {
    if (this.identity.role === "rep") throw forbidden("Only managers and admins can train the churn model");
    const row = await trainAndStoreChurnModel(this.db, this.snapshots.organizationId, this.identity.userId, this.now());
    if (!row) return { model: null, errors: [UserError.of("organization", "NO_TRAINING_DATA", "No account outcomes recorded yet: predictions come from the rules until one is")] };
    return { model: row, errors: [] };
  }

  /** Queues a new prediction for every account not churned (managers and admins); an organization's run already queued or running is returned instead. */
  async predictPortfolio(): Promise<CsJobRow> {
    if (this.identity.role === "rep") throw forbidden("Only managers and admins can predict the whole portfolio");
    const total = (await this.predictions.accountsToRefresh(this.now(), true)).length;
    return this.jobs.enqueueOnce(PORTFOLIO_JOB, this.identity.userId, total);
  }

  portfolioJob(id: string): Promise<CsJobRow | null> {
    return isUuid(id) ? this.jobs.find(id) : Promise.resolve(null);
  }

  latestModel(): Promise<ChurnModelRow | null> {
    return this.models.latest();
  }

  /** How validated predictions made in [from, to) fared: AUC, Brier, precision and recall at the HIGH threshold, counts by source. */
  async accuracy(from: Date, to: Date): Promise<ChurnAccuracy> {
    if (to.getTime() <= from.getTime()) throw badInput("to", "to must be after from");
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput("to", `The range may span at most ${MAX_RANGE_DAYS} days`);
    const rows = await this.predictions.validated(from, to);
    const p = rows.map((r) => r.probability);
    const y = rows.map((r): number => (r.actualOutcome === "CHURNED" ? 1 : 0));
    const flagged = rows.filter((r) => r.probability >= HIGH_THRESHOLD);
    const churned = y.reduce((a, b) => a + b, 0);
    const hits = flagged.filter((r) => r.actualOutcome === "CHURNED").length;
    const metrics = rows.length ? qualityMetrics(p, y) : null;
    const accurate = (r: (typeof rows)[number]) => r.probability >= HIGH_THRESHOLD === (r.actualOutcome === "CHURNED");
    const sources = [...new Set(rows.map((r) => r.source))].sort();
    return {
      from,
      to,
      validated: rows.length,
      churned,
      accurate: rows.filter(accurate).length,
      auc: metrics?.auc ?? null,
      brier: metrics?.brier ?? null,
      precisionAtHigh: flagged.length ? hits / flagged.length : null,
      recallAtHigh: churned ? hits / churned : null,
      bySource: sources.map((source) => {
        const of = rows.filter((r) => r.source === source);
        return { source, validated: of.length, accurate: of.filter(accurate).length };
      }),
    };
  }
}
