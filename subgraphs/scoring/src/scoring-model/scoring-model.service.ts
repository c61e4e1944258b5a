/** The caller's models: which one serves them, their history, rollback. Personal: a rep sees their own. */
import DataLoader from "dataloader";
import { UserError, badInput, loaderOptions } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { ScoringModelRepository, ScoringModelRow, ServingModelSummary } from "./scoring-model.repository";

export const MAX_HISTORY = 100;

export class ScoringModelService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly models: ScoringModelRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The model serving `userId` (the caller unless a manager or admin asks): theirs, else the team's; null means the default. */
  async serving(userId = this.identity.userId): Promise<ScoringModelRow | null> {
    if (!this.maySee(userId)) return null;
    return this.servingLoader.load(userId);
  }

  /** Batches `serving` across users (e.g. User.scoringModel on a list of users): one query. */
  private readonly servingLoader = new DataLoader(async (userIds: readonly string[]) => {
    const rows = await this.models.activeForUsers(userIds);
    const organization = rows.find((r) => r.userId === null) ?? null;
    return userIds.map((id) => rows.find((r) => r.userId === id) ?? organization);
  }, loaderOptions);

  /** Like `serving`, without the model JSON: which model serves the caller, for reading cached predictions. */
  async servingSummary(userId = this.identity.userId): Promise<ServingModelSummary | null> {
    if (!this.maySee(userId)) return null;
    return this.summaryLoader.load(userId);
  }

  private readonly summaryLoader = new DataLoader(async (userIds: readonly string[]) => {
    const rows = await this.models.activeSummariesForUsers(userIds);
    const organization = rows.find((r) => r.userId === null) ?? null;
    return userIds.map((id) => rows.find((r) => r.userId === id) ?? organization);
  }, loaderOptions);

  /** The action evidence of a model that serves the caller (a key from `servingSummary`), as stored. */
  evidenceJson(id: string): Promise<unknown> {
    return this.models.evidenceById(id);
  }

  /** The JSON of a model that serves the caller (a key from `servingSummary`); null when it cannot be served. */
  modelJson(id: string) {
    return this.models.modelById(id);
  }

  async history(first: number): Promise<ScoringModelRow[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) throw badInput("first", `first must be between 1 and ${MAX_HISTORY}`);
    return this.models.history(this.identity.userId, first);
  }

  async activate(version: number): Promise<{ model: ScoringModelRow | null; errors: UserError[] }> {
    const model = await this.db.transaction((tx) => this.models.activate(tx, this.identity.userId, version, this.now()));
    if (!model) return { model: null, errors: [UserError.of("version", "NOT_FOUND", `You have no model version ${version}`)] };
    return { model, errors: [] };
  }

  /** Reps see their own model; managers and admins may look at their reps'. */
  maySee(userId: string): boolean {
    return userId === this.identity.userId || this.identity.role !== "rep";
  }
}
