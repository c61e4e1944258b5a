/** Records lead activities in bulk (all or nothing) and refreshes the touched leads' scores. */
import { UserError, isInFuture, isUuid } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { LeadLoaders } from "../lead/lead.loaders";
import type { ActivityRepository } from "./activity.repository";
import type { ActivityInput } from "./activity.type";

export const MAX_ACTIVITIES_PER_CALL = 5000;

export interface RecordActivitiesResult {
  recorded: number;
  leadIds: string[];
  errors: UserError[];
}

export class ActivityService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly activities: ActivityRepository,
    private readonly loaders: LeadLoaders,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: ActivityInput[]): Promise<RecordActivitiesResult> {
    const fail = (errors: UserError[]) => ({ recorded: 0, leadIds: [], errors });
    if (input.length === 0) return fail([UserError.of("input", "EMPTY", "input must contain at least one activity")]);
    if (input.length > MAX_ACTIVITIES_PER_CALL) {
      return fail([UserError.of("input", "LIMIT_EXCEEDED", `At most ${MAX_ACTIVITIES_PER_CALL} activities per call; got ${input.length}`)]);
    }
    const now = this.now();
    const errors: UserError[] = [];
    input.forEach((row, i) => {
      if (!isUuid(row.leadId)) errors.push(UserError.of(`input.${i}.leadId`, "INVALID_ID", "leadId must be a UUID"));
      if (row.occurredAt && isInFuture(row.occurredAt, now)) {
        errors.push(UserError.of(`input.${i}.occurredAt`, "IN_FUTURE", "occurredAt must not be in the future"));
      }
    });
    if (errors.length) return fail(errors);

    const leadIds = [...new Set(input.map((row) => row.leadId))];
    const found = await this.loaders.salesLead.loadMany(leadIds);
    const missing = new Set(leadIds.filter((_, i) => !found[i] || found[i] instanceof Error));
    input.forEach((row, i) => {
      if (missing.has(row.leadId)) errors.push(UserError.of(`input.${i}.leadId`, "NOT_FOUND", `Lead ${row.leadId} was not found`));
    });
    if (errors.length) return fail(errors);

    await this.db.transaction(async (tx) => {
      await this.activities.insertMany(
        tx,
        input.map((row) => ({ leadId: row.leadId, type: row.type, occurredAt: row.occurredAt ?? now, recordedBy: this.identity.userId })),
      );
      await this.activities.recomputeScores(tx, leadIds, now);
    });
    // The new activities change these leads' fingerprints and scores: the rest of this request must not see the old ones.
    for (const leadId of leadIds) this.loaders.state.clear(leadId);
    return { recorded: input.length, leadIds, errors: [] };
  }
}
