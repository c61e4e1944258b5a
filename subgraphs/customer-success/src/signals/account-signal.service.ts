/** Records account signals in bulk (all or nothing) and recomputes the touched accounts' health. */
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { UserError, badInput } from "@revgraph/graph";
import type { AccountRepository, AccountRow } from "../account/account.repository";
import type { AccountAnomalyRow } from "../anomalies/account-anomaly.repository";
import { raiseAnomalyCtas } from "../anomalies/anomaly-ctas";
import type { HealthRecomputer } from "../scorecard/health-recompute";
import type { ScorecardService } from "../scorecard/scorecard.service";
import { type AccountSignalInput, MAX_SIGNALS_PAGE, MAX_SIGNALS_PER_CALL } from "./account-signal.type";
import type { AccountSignalRepository } from "./account-signal.repository";
import { validateSignals } from "./account-signal.validation";

export interface RecordSignalsResult {
  recorded: number;
  accounts: AccountRow[];
  errors: UserError[];
}

export class AccountSignalService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly accounts: AccountRepository,
    private readonly signals: AccountSignalRepository,
    private readonly scorecards: ScorecardService,
    private readonly recomputer: HealthRecomputer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  pageSize(first: number): number {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SIGNALS_PAGE) throw badInput("first", `first must be between 0 and ${MAX_SIGNALS_PAGE}, got ${first}`);
    return first;
  }

  async record(input: AccountSignalInput[]): Promise<RecordSignalsResult> {
    const fail = (errors: UserError[]): RecordSignalsResult => ({ recorded: 0, accounts: [], errors });
    if (input.length === 0) return fail([UserError.of("input", "EMPTY", "input must contain at least one signal")]);
    if (input.length > MAX_SIGNALS_PER_CALL) {
      return fail([UserError.of("input", "LIMIT_EXCEEDED", `At most ${MAX_SIGNALS_PER_CALL} signals per call; got ${input.length}`)]);
    }
    const now = this.now();
    const invalid = validateSignals(input, now);
    if (invalid.length) return fail(invalid);

    const accountIds = [...new Set(input.map((row) => row.accountId))];
    const result = await this.db.transaction(async (tx): Promise<RecordSignalsResult & { anomalies: AccountAnomalyRow[] }> => {
      // Another organization's account is as unknown as a missing one.
      const found = await this.accounts.findByIds(accountIds, tx);
      const known = new Set(found.map((row) => row.id));
      const missing = input.flatMap((row, i) => (known.has(row.accountId) ? [] : [UserError.of(`input.${i}.accountId`, "NOT_FOUND", `Account ${row.accountId} was not found`)]));
      if (missing.length) return { ...fail(missing), anomalies: [] };
      await this.signals.insertMany(
        tx,
        input.map((row) => ({
          accountId: row.accountId,
          type: row.type,
          value: row.value ?? 1,
          detail: row.detail?.trim() || null,
          occurredAt: row.occurredAt,
          recordedBy: this.identity.userId,
        })),
      );
      const { measures } = await this.scorecards.current(tx);
      const anomalies = await this.recomputer.recompute(tx, accountIds, measures, now);
      return { recorded: input.length, accounts: await this.accounts.findByIds(accountIds, tx), errors: [], anomalies };
    });
    if (result.anomalies.length) await raiseAnomalyCtas(this.db, this.signals.organizationId, result.anomalies, now);
    return { recorded: result.recorded, accounts: result.accounts, errors: result.errors };
  }
}
