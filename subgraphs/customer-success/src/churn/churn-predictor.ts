/**
 * Predicts churn for accounts of one organization and stores the predictions: the organization's
 * newest model (the rules when it has none), snapshots built from the store as of now, the old
 * ACTIVE prediction replaced, and a RISK / CHURN_RISK_HIGH CTA raised for every HIGH or CRITICAL
 * one (raiseCta dedups and applies the cooldown). Used by Account.churnRisk, predictChurn and
 * the batch runs alike.
 */
import type { Database } from "@revgraph/db";
import { predictionsComputed } from "@revgraph/graph";
import { raiseCta } from "../cta/raise-cta";
import { parseChurnModel } from "./churn-model-format";
import type { ChurnModel } from "./churn-model";
import type { ChurnModelRepository } from "./churn-model.repository";
import { predictChurn } from "./churn-predict";
import type { ChurnPredictionRepository, ChurnPredictionRow, NewChurnPrediction } from "./churn-prediction.repository";
import type { ChurnSnapshotRepository } from "./churn-snapshot.repository";
import type { ChurnTextWriter } from "./churn-text-writer";

/** How long a stored prediction is served before it is recomputed. */
export const PREDICTION_VALIDITY_DAYS = 30;
const DAY_MS = 86_400_000;

export class ChurnPredictor {
  private model: Promise<ChurnModel | null> | null = null;

  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
    private readonly models: ChurnModelRepository,
    private readonly predictions: ChurnPredictionRepository,
    private readonly snapshots: ChurnSnapshotRepository,
    private readonly writer: ChurnTextWriter | null,
  ) {}

  /** The organization's newest model, read once per predictor (a stored model in an older format counts as none). */
  currentModel(): Promise<ChurnModel | null> {
    this.model ??= this.models.latest().then((row) => (row ? parseChurnModel(row.model) : null));
    return this.model;
  }

  /**
   * Predicts, stores and returns the predictions of these accounts as of `now` (churned and
   * missing accounts get none). The language model writes the text only when asked (`useWriter`)
   * and one account is predicted: lists never wait on it.
   */
  async predict(accountIds: readonly string[], now: Date, options: { useWriter?: boolean } = {}): Promise<ChurnPredictionRow[]> {
    const snapshots = await this.snapshots.snapshots(accountIds, now);
    const model = await this.currentModel();
    const validUntil = new Date(now.getTime() + PREDICTION_VALIDITY_DAYS * DAY_MS);
    const rows: NewChurnPrediction[] = [];
    for (const [accountId, { account, snapshot }] of snapshots) {
      if (account.lifecycleStage === "CHURNED") continue;
      const p = predictChurn(model, snapshot, now);
      const text = options.useWriter && snapshots.size === 1 && this.writer?.enabled ? await this.writer.write(p) : null;
      rows.push({
        accountId,
        probability: p.probability,
        riskCategory: p.riskCategory,
        confidence: p.confidence,
        factors: p.factors.slice(0, 20),
        explanation: text?.explanation ?? p.explanation,
        recommendations: text?.recommendations ?? p.recommendations,
        source: text ? "LLM" : p.source,
        modelVersion: p.modelVersion,
        windowDays: p.windowDays,
        predictedAt: now,
        validUntil,
      });
    }
    const stored = await this.predictions.replace(rows, now);
    for (const source of ["MODEL", "RULES", "LLM"] as const) {
      const n = stored.filter((r) => r.source === source).length;
      if (n > 0) predictionsComputed.inc({ service: "customer-success", kind: "CHURN", source }, n);
    }
    for (const row of stored) {
      if (row.riskCategory !== "HIGH" && row.riskCategory !== "CRITICAL") continue;
      await raiseCta(
        this.db,
        {
          organizationId: this.organizationId,
          accountId: row.accountId,
          type: "RISK",
          reason: "CHURN_RISK_HIGH",
          source: "PREDICTION",
          sourceRef: row.id,
          priority: row.riskCategory === "CRITICAL" ? "URGENT" : "HIGH",
        },
        now,
      );
    }
    return stored;
  }
}
