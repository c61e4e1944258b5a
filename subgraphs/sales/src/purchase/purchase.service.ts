/** Records purchases in bulk, all or nothing, exactly once per externalId however often a client retries. */
import { UserError } from "@revgraph/graph";
import { isUniqueViolation, type Database, type Transaction } from "@revgraph/db";
import type { ItemRepository } from "../catalog/item.repository";
import { duplicateKeys } from "../catalog/item.validation";
import type { BuyerRepository } from "./buyer.repository";
import { MAX_PURCHASES_PER_CALL, type PurchaseInput } from "./purchase.input";
import type { PurchaseLineRow, PurchaseRepository, PurchaseRow } from "./purchase.repository";
import { validatePurchase } from "./purchase.validation";

export interface RecordPurchasesResult {
  purchases: PurchaseRow[];
  lines: PurchaseLineRow[];
  created: number;
  replayed: number;
  errors: UserError[];
}

const fail = (errors: UserError[]): RecordPurchasesResult => ({ purchases: [], lines: [], created: 0, replayed: 0, errors });

export class PurchaseService {
  constructor(
    private readonly db: Database,
    private readonly purchases: PurchaseRepository,
    private readonly items: ItemRepository,
    private readonly leads: BuyerRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: PurchaseInput[]): Promise<RecordPurchasesResult> {
    if (input.length === 0) return fail([UserError.of("input", "EMPTY", "input must contain at least one purchase")]);
    if (input.length > MAX_PURCHASES_PER_CALL) return fail([UserError.of("input", "LIMIT_EXCEEDED", `At most ${MAX_PURCHASES_PER_CALL} purchases per call; got ${input.length}`)]);
    const now = this.now();
    const errors = [
      ...input.flatMap((row, i) => validatePurchase(row, `input.${i}.`, now)),
      ...duplicateKeys(
        input.map((row) => row.externalId?.trim()),
        "externalId",
      ),
    ];
    if (errors.length) return fail(errors);
    try {
      return await this.db.transaction((tx) => this.recordOnce(tx, input));
    } catch (error) {
      // Two calls inserting one new externalId at once: the unique index stops the loser, whose
      // second attempt sees the winner's purchase and replays it (or reports the conflict).
      if (!isUniqueViolation(error)) throw error;
      return this.db.transaction((tx) => this.recordOnce(tx, input));
    }
  }

  private async recordOnce(tx: Transaction, input: PurchaseInput[]): Promise<RecordPurchasesResult> {
    const leads = await this.leads.existing(
      tx,
      input.map((row) => row.leadId),
    );
    const accounts = await this.leads.existingAccounts(
      tx,
      input.flatMap((row) => (row.accountId ? [row.accountId] : [])),
    );
    const items = new Set((await this.items.findByIds([...new Set(input.flatMap((row) => row.lines.map((line) => line.itemId)))], tx)).map((row) => row.id));
    const errors: UserError[] = [];
    input.forEach((row, i) => {
      if (!leads.has(row.leadId)) errors.push(UserError.of(`input.${i}.leadId`, "NOT_FOUND", `Lead ${row.leadId} was not found`));
      if (row.accountId && !accounts.has(row.accountId)) errors.push(UserError.of(`input.${i}.accountId`, "NOT_FOUND", `Account ${row.accountId} was not found`));
      row.lines.forEach((line, j) => {
        if (!items.has(line.itemId)) errors.push(UserError.of(`input.${i}.lines.${j}.itemId`, "NOT_FOUND", `Item ${line.itemId} was not found`));
      });
    });
    if (errors.length) return fail(errors);

    const externalIds = input.map((row) => row.externalId.trim());
    const earlier = await this.purchases.findByExternalIds(tx, externalIds);
    const earlierLines = await this.purchases.linesOf(
      earlier.map((row) => row.id),
      tx,
    );
    const byExternal = new Map(earlier.map((row) => [row.externalId, row] as const));
    input.forEach((row, i) => {
      const previous = byExternal.get(externalIds[i]);
      if (
        previous &&
        !sameContent(
          previous,
          earlierLines.filter((line) => line.purchaseId === previous.id),
          row,
        )
      ) {
        errors.push(UserError.of(`input.${i}.externalId`, "IDEMPOTENCY_KEY_REUSED", `externalId "${externalIds[i]}" was already recorded with different content`));
      }
    });
    if (errors.length) return fail(errors);

    const fresh = input.map((row, i) => ({ row, externalId: externalIds[i] })).filter(({ externalId }) => !byExternal.has(externalId));
    const inserted = await this.purchases.insert(
      tx,
      fresh.map(({ row, externalId }) => ({
        purchase: { externalId, leadId: row.leadId, accountId: row.accountId ?? null, occurredAt: row.occurredAt, total: totalOf(row.lines) },
        lines: row.lines.map((line) => ({ itemId: line.itemId, quantity: line.quantity, unitPrice: line.unitPrice })),
      })),
    );
    for (const row of inserted) byExternal.set(row.externalId, row);
    const ordered = externalIds.map((id) => byExternal.get(id)!);
    const lines = await this.purchases.linesOf(
      ordered.map((row) => row.id),
      tx,
    );
    return { purchases: ordered, lines, created: inserted.length, replayed: input.length - inserted.length, errors: [] };
  }
}

function totalOf(lines: readonly { quantity: number; unitPrice: number }[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
}

/** Same lead, account, time and lines (item, quantity, price, in order) as recorded before. */
function sameContent(previous: PurchaseRow, lines: readonly PurchaseLineRow[], row: PurchaseInput): boolean {
  if (previous.leadId !== row.leadId || previous.accountId !== (row.accountId ?? null)) return false;
  if (previous.occurredAt.getTime() !== row.occurredAt.getTime() || lines.length !== row.lines.length) return false;
  return row.lines.every((line, j) => lines[j].itemId === line.itemId && lines[j].quantity === line.quantity && lines[j].unitPrice === line.unitPrice);
}
