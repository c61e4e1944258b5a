/** Accounts: listing, upserts by domain, and health history that keeps the current score in step. */
import { UserError, badInput, checkPageSize } from "@revgraph/graph";
import { decodeAccountCursor, encodeAccountCursor } from "./account.cursor";
import type { Database } from "@revgraph/db";
import type { AccountAttributes } from "@revgraph/db/schema";
import { normalizeDomain } from "../lead/company-domain";
import type { AccountHealthRepository, HealthPointRow } from "./account-health.repository";
import { DEFAULT_HISTORY_POINTS, MAX_ACCOUNTS_PAGE, MAX_HISTORY_POINTS, type RecordAccountHealthInput, type UpsertAccountInput } from "./account.input";
import type { AccountQuery, AccountRepository, AccountRow, NewAccountRow, Tx } from "./account.repository";
import { validateAccountFields, validateHealthPoint } from "./account.validation";

/** Validated custom fields; null or omitted means none. */
function asAttributes(value: unknown): AccountAttributes {
  return (value ?? {}) as AccountAttributes;
}

export interface AccountPage {
  rows: AccountRow[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counts every account the query keeps (for totalCount, only when asked). */
  count: () => Promise<number>;
}

export interface UpsertAccountResult {
  account: AccountRow | null;
  created: boolean;
  errors: UserError[];
}

export interface RecordHealthResult {
  account: AccountRow | null;
  point: HealthPointRow | null;
  errors: UserError[];
}

export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly accounts: AccountRepository,
    private readonly history: AccountHealthRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One page of the organization's accounts, weakest health first; the count runs only when asked for. */
  async page(query: AccountQuery, first: number, after: string | null | undefined): Promise<AccountPage> {
    checkPageSize(first, MAX_ACCOUNTS_PAGE);
    const cursor = after ? decodeAccountCursor("after", after) : undefined;
    const rows = await this.accounts.page(query, first + 1, cursor);
    const page = rows.slice(0, first);
    return { rows: page, cursors: page.map(encodeAccountCursor), hasNextPage: rows.length > first, count: () => this.accounts.count(query) };
  }

  /** Checks a healthHistory page size; the points themselves come through the per-request loader. */
  historyPageSize(first: number | null | undefined): number {
    const size = first ?? DEFAULT_HISTORY_POINTS;
    if (!Number.isInteger(size) || size < 0 || size > MAX_HISTORY_POINTS) {
      throw badInput("first", `first must be between 0 and ${MAX_HISTORY_POINTS}, got ${size}`);
    }
    return size;
  }

  /**
   * Creates the account for a domain (recording its first health point) or updates it. A changed
   * health score is appended to the history too, so the current score is always its newest point.
   */
  async upsert(input: UpsertAccountInput): Promise<UpsertAccountResult> {
    const fail = (errors: UserError[]): UpsertAccountResult => ({ account: null, created: false, errors });
    const errors = validateAccountFields(input);
    if (errors.length) return fail(errors);
    const domain = normalizeDomain(input.domain);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      // A concurrent upsert may create the domain between our read and our insert: then the
      // insert does nothing and the second pass updates the row it created.
      for (let attempt = 0; attempt < 2; attempt++) {
        const current = await this.accounts.lockByDomain(tx, domain);
        if (current) return { account: await this.update(tx, current, input, now), created: false, errors: [] };
        if (input.healthScore == null) return fail([UserError.of("input.healthScore", "REQUIRED", "healthScore is required when creating an account")]);
        const created = await this.accounts.insert(tx, {
          name: input.name.trim(),
          domain,
          healthScore: input.healthScore,
          lifecycleStage: input.lifecycleStage ?? "ONBOARDING",
          renewalDate: input.renewalDate ?? null,
          attributes: asAttributes(input.attributes),
          csmId: input.csmId?.trim() ?? null,
          arr: input.arr ?? null,
          createdAt: now,
          updatedAt: now,
        });
        if (created) {
          await this.history.insert(tx, { accountId: created.id, score: created.healthScore, recordedAt: now });
          return { account: created, created: true, errors: [] };
        }
      }
      throw new Error(`Could not create or lock the account for ${domain}`);
    });
  }

  private async update(tx: Tx, current: AccountRow, input: UpsertAccountInput, now: Date): Promise<AccountRow> {
    const changes: Partial<NewAccountRow> = { name: input.name.trim() };
    if (input.lifecycleStage != null) changes.lifecycleStage = input.lifecycleStage;
    if (input.renewalDate !== undefined) changes.renewalDate = input.renewalDate;
    if (input.attributes !== undefined) changes.attributes = asAttributes(input.attributes);
    if (input.csmId !== undefined) changes.csmId = input.csmId?.trim() ?? null;
    if (input.arr !== undefined) changes.arr = input.arr;
    if (input.healthScore != null && input.healthScore !== current.healthScore) {
      changes.healthScore = input.healthScore;
      await this.history.insert(tx, { accountId: current.id, score: input.healthScore, recordedAt: now });
    }
    return this.accounts.update(tx, current.id, changes);
  }

  /** Appends a health point; it becomes the current score only when it is the account's newest. */
  async recordHealth(input: RecordAccountHealthInput): Promise<RecordHealthResult> {
    const now = this.now();
    const errors = validateHealthPoint(input, now);
    if (errors.length) return { account: null, point: null, errors };
    const recordedAt = input.recordedAt ?? now;
    return this.db.transaction(async (tx) => {
      const account = await this.accounts.lockById(tx, input.accountId);
      if (!account) return { account: null, point: null, errors: [UserError.of("input.accountId", "NOT_FOUND", `Account ${input.accountId} was not found`)] };
      const newest = await this.history.newestAt(tx, account.id);
      const point = await this.history.insert(tx, { accountId: account.id, score: input.score, recordedAt });
      const isNewest = newest === null || recordedAt.getTime() >= newest.getTime();
      const updated = isNewest ? await this.accounts.update(tx, account.id, { healthScore: input.score }) : account;
      return { account: updated, point, errors: [] };
    });
  }
}
