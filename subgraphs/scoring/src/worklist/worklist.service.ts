/**
 * The caller's open leads in their own model's order. The order is read from stored predictions
 * (one indexed SQL page), so a page costs the same however many leads the rep has; before it, the
 * predictions that are missing or out of date for the caller's active model are recomputed in
 * one batch. After a retraining or a busy day that batch can be large once; the next pages and
 * requests find it done.
 */
import { badInput, decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import { OPEN_LEAD_STATUSES } from "@revgraph/db/vocabulary";
import type { Identity } from "@revgraph/auth";
import type { ServingModel } from "../prediction/predictor";
import { FINGERPRINT_PREFIX, PREDICTION_TTL_MS } from "../prediction/prediction.service";
import type { WorklistCursor, WorklistRepository, WorklistRow } from "./worklist.repository";
import type { WorklistFilter, WorklistOrder } from "./worklist.type";

export const MAX_WORKLIST_PAGE = 100;
const MAX_SOURCES = 50;
/** Predictions recomputed per batch while refreshing: bounds memory, not the total. */
const REFRESH_CHUNK = 500;

export interface WorklistPage {
  rows: WorklistRow[];
  hasNextPage: boolean;
  totalCount: number;
  modelVersion: string;
  cursorOf(row: WorklistRow): string;
}

export class WorklistService {
  constructor(
    private readonly repo: WorklistRepository,
    private readonly identity: Identity,
    private readonly servingModel: () => Promise<ServingModel>,
    private readonly predict: (leadIds: readonly string[]) => Promise<unknown>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async page(filter: WorklistFilter | undefined, order: WorklistOrder, first: number, after: string | undefined): Promise<WorklistPage> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_WORKLIST_PAGE) throw badInput("first", `first must be between 0 and ${MAX_WORKLIST_PAGE}`);
    const cursor = after === undefined ? null : decodeWorklistCursor(after);
    const sources = filter?.sources ?? null;
    if (sources && (sources.length > MAX_SOURCES || sources.some((s) => s.length > 200))) {
      throw badInput("filter.sources", `filter.sources takes at most ${MAX_SOURCES} sources of at most 200 characters`);
    }
    const minProbability = filter?.minProbability ?? null;
    if (minProbability !== null && !(minProbability >= 0 && minProbability <= 1)) throw badInput("filter.minProbability", "filter.minProbability must be between 0 and 1");

    const model = await this.servingModel();
    await this.refresh(model.key);
    const query = {
      assigneeId: this.identity.userId,
      modelKey: model.key,
      statuses: filter?.statuses?.length ? filter.statuses : OPEN_LEAD_STATUSES,
      sources,
      minProbability,
      priorities: filter?.priorities ?? null,
      temperatures: filter?.temperatures ?? null,
      order,
    };
    const [rows, totalCount] = await Promise.all([this.repo.page(query, cursor, first + 1), this.repo.count(query)]);
    return {
      rows: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      modelVersion: model.version,
      cursorOf: encodeWorklistCursor,
    };
  }

  /** Recomputes the caller's missing or out-of-date predictions, so the stored order is current. */
  private async refresh(modelKey: string): Promise<void> {
    const staleBefore = new Date(this.now().getTime() - PREDICTION_TTL_MS);
    const stale = await this.repo.staleLeadIds(this.identity.userId, modelKey, staleBefore, FINGERPRINT_PREFIX);
    for (let i = 0; i < stale.length; i += REFRESH_CHUNK) await this.predict(stale.slice(i, i + REFRESH_CHUNK));
  }
}

function encodeWorklistCursor(row: WorklistRow): string {
  return encodeCursor([row.key, row.leadId]);
}

function decodeWorklistCursor(after: string): WorklistCursor {
  return decodeCursor("after", after, ([key, leadId]) =>
    typeof key === "number" && Number.isFinite(key) && typeof leadId === "string" && isUuid(leadId) ? { key, leadId } : null,
  );
}
