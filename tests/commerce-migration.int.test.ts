import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { loadConfig } from "@revgraph/config";
import { MIGRATIONS_FOLDER, type DatabaseHandle } from "@revgraph/db";
import { freshDatabase } from "@revgraph/testkit";

// The commerce facts moved from the personalization schema to sales, their owner: a database that
// held catalog, purchases, offers and a policy in personalization keeps every row (with its id)
// after migrating, on PGlite and on PostgreSQL alike, and the old tables are gone.
const LAST_BEFORE_MOVE = "0016_add-segments-personas-stage-history-timing";

let database: DatabaseHandle;
let dropDatabase: () => Promise<void>;
let before: string;

beforeAll(async () => {
  ({ database, dropDatabase } = await freshDatabase(loadConfig().databaseUrl));
  // The migrations as they were before the move: the same files, the journal cut after 0016.
  before = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-before-move-"));
  fs.cpSync(MIGRATIONS_FOLDER, before, { recursive: true });
  const journalFile = path.join(before, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { idx: number; tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === LAST_BEFORE_MOVE);
  journal.entries = journal.entries.slice(0, cut + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  await database.migrate(before);
}, 120_000);
afterAll(async () => {
  await database?.close();
  await dropDatabase?.();
  if (before) fs.rmSync(before, { recursive: true, force: true });
});

const ITEM = "00000000-0000-4000-8000-000000000001";
const PURCHASE = "00000000-0000-4000-8000-000000000002";
const LEAD = "00000000-0000-4000-8000-000000000003";
const OFFER = "00000000-0000-4000-8000-000000000004";

async function rows(query: string): Promise<Record<string, unknown>[]> {
  const result = await database.db.execute(sql.raw(query));
  return (result as { rows?: Record<string, unknown>[] }).rows ?? (result as unknown as Record<string, unknown>[]);
}

describe("moving the commerce facts to the sales schema", () => {
  it("keeps every row and its id, and drops the personalization tables", async () => {
    for (const statement of [
      `insert into personalization.items (id, organization_id, external_id, name, category, list_price, stock, attributes) values ('${ITEM}', 'org-m', 'sku-1', 'Kitchen', 'Add-on', 1200, 3, '{"color":"oak"}')`,
      `insert into personalization.purchases (id, organization_id, external_id, lead_id, occurred_at, total) values ('${PURCHASE}', 'org-m', 'order-1', '${LEAD}', '2025-01-02T00:00:00Z', 2400)`,
      `insert into personalization.purchase_lines (organization_id, purchase_id, position, item_id, quantity, unit_price) values ('org-m', '${PURCHASE}', 0, '${ITEM}', 2, 1200)`,
      `insert into personalization.offers (id, organization_id, lead_id, item_id, discount, made_at, outcome, outcome_at, made_by) values ('${OFFER}', 'org-m', '${LEAD}', '${ITEM}', 0.08, '2025-01-01T00:00:00Z', 'ACCEPTED', '2025-01-02T00:00:00Z', 'rep-1')`,
      `insert into personalization.offer_policies (organization_id, max_discount, margin_floor, cost_share, approver_role, updated_by) values ('org-m', 0.15, 0.1, 0.5, 'admin', 'admin-1')`,
    ]) {
      await database.db.execute(sql.raw(statement));
    }

    await database.migrate();

    expect(await rows("select id, external_id, list_price, stock, attributes from sales.items")).toEqual([
      { id: ITEM, external_id: "sku-1", list_price: 1200, stock: 3, attributes: { color: "oak" } },
    ]);
    expect(await rows("select id, lead_id, total from sales.purchases")).toEqual([{ id: PURCHASE, lead_id: LEAD, total: 2400 }]);
    expect(await rows("select purchase_id, item_id, quantity from sales.purchase_lines")).toEqual([{ purchase_id: PURCHASE, item_id: ITEM, quantity: 2 }]);
    expect(await rows("select id, discount, outcome, made_by, approved_by from sales.offers")).toEqual([
      { id: OFFER, discount: 0.08, outcome: "ACCEPTED", made_by: "rep-1", approved_by: null },
    ]);
    expect(await rows("select max_discount, approver_role from sales.offer_policies")).toEqual([{ max_discount: 0.15, approver_role: "admin" }]);
    // Personalization sees the same facts through its views.
    expect(await rows("select item_id, lead_id, quantity from sales.purchase_lines_for_personalization")).toEqual([{ item_id: ITEM, lead_id: LEAD, quantity: 2 }]);
    const old = await rows(
      "select to_regclass('personalization.items')::text as items, to_regclass('personalization.purchases')::text as purchases, to_regclass('personalization.offers')::text as offers, to_regclass('personalization.offer_policies')::text as policies",
    );
    expect(old).toEqual([{ items: null, purchases: null, offers: null, policies: null }]);
  });
});
