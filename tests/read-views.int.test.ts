import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestStack, type TestStack } from "@revgraph/testkit";

// Cross-subgraph reads go through the owner's read-only views; the migration's grants make that
// the only way in for a subgraph's role, on PGlite and PostgreSQL alike.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  const rep = await (await stack.createOrg()).user("rep");
  await rep.client.query(`mutation { createLeads(input: [{ name: "Ada", email: "ada@example.com" }]) { leads { id } } }`);
});
afterAll(async () => {
  await stack?.close();
});

/** Runs one statement as a subgraph's role, in a transaction that leaves nothing behind. */
async function asRole(role: string, statement: string): Promise<"allowed" | string> {
  try {
    await stack.database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local role ${role}`));
      await tx.execute(sql.raw(statement));
    });
    return "allowed";
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as { code?: string }).code ?? "failed";
  }
}

const DENIED = "42501";

describe("read-only views of sales data", () => {
  it("lets scoring read its views of leads and conversions, and nothing else of sales", async () => {
    expect(await asRole("revgraph_scoring", "select id, status, attributes from sales.leads_for_scoring")).toBe("allowed");
    expect(await asRole("revgraph_scoring", "select lead_id, outcome from sales.conversions_for_scoring")).toBe("allowed");
    expect(await asRole("revgraph_scoring", "select name, email from sales.leads")).toBe(DENIED);
    expect(await asRole("revgraph_scoring", "select * from sales.conversions")).toBe(DENIED);
    expect(await asRole("revgraph_scoring", "select * from sales.leads_for_personalization")).toBe(DENIED);
    expect(await asRole("revgraph_scoring", "update sales.leads set status = 'WON'")).toBe(DENIED);
  });

  it("lets personalization see only which leads and accounts exist", async () => {
    expect(await asRole("revgraph_personalization", "select id from sales.leads_for_personalization")).toBe("allowed");
    expect(await asRole("revgraph_personalization", "select * from sales.leads_for_scoring")).toBe(DENIED);
    expect(await asRole("revgraph_personalization", "select * from sales.leads")).toBe(DENIED);
    expect(await asRole("revgraph_personalization", "select id from customer_success.accounts_for_personalization")).toBe("allowed");
    expect(await asRole("revgraph_personalization", "select name, domain from customer_success.accounts")).toBe(DENIED);
  });

  it("lets personalization read the commerce facts sales owns only through its views of them", async () => {
    for (const view of [
      "items_for_personalization",
      "purchases_for_personalization",
      "purchase_lines_for_personalization",
      "offers_for_personalization",
      "offer_policies_for_personalization",
    ]) {
      expect(await asRole("revgraph_personalization", `select * from sales.${view}`)).toBe("allowed");
      expect(await asRole("revgraph_scoring", `select * from sales.${view}`)).toBe(DENIED);
    }
    for (const table of ["items", "purchases", "purchase_lines", "offers", "offer_policies"]) {
      expect(await asRole("revgraph_personalization", `select * from sales.${table}`)).toBe(DENIED);
      expect(await asRole("revgraph_sales", `select * from sales.${table}`)).toBe("allowed");
    }
    expect(await asRole("revgraph_personalization", "update sales.items set name = 'x'")).toBe(DENIED);
    expect(
      await asRole(
        "revgraph_personalization",
        "insert into sales.offers (organization_id, lead_id, item_id, discount, made_at, made_by) values ('o', gen_random_uuid(), gen_random_uuid(), 0, now(), 'u')",
      ),
    ).toBe(DENIED);
  });

  it("lets sales see only which accounts exist", async () => {
    expect(await asRole("revgraph_sales", "select id from customer_success.accounts_for_sales")).toBe("allowed");
    expect(await asRole("revgraph_sales", "select name, domain from customer_success.accounts")).toBe(DENIED);
    expect(await asRole("revgraph_personalization", "select id from customer_success.accounts_for_sales")).toBe(DENIED);
  });

  it("gives each subgraph its own schema and no other", async () => {
    expect(await asRole("revgraph_scoring", "select * from scoring.predictions")).toBe("allowed");
    expect(await asRole("revgraph_sales", "select name from sales.leads")).toBe("allowed");
    expect(await asRole("revgraph_sales", "select * from scoring.predictions")).toBe(DENIED);
    expect(await asRole("revgraph_customer_success", "select * from sales.leads_for_scoring")).toBe(DENIED);
    expect(await asRole("revgraph_customer_success", "select * from customer_success.accounts")).toBe("allowed");
  });

  it("lets customer success read which leads exist only through its view", async () => {
    expect(await asRole("revgraph_customer_success", "select id, organization_id from sales.leads_for_customer_success")).toBe("allowed");
    expect(await asRole("revgraph_customer_success", "select email from sales.leads")).toBe(DENIED);
    expect(await asRole("revgraph_scoring", "select * from sales.leads_for_customer_success")).toBe(DENIED);
  });

  it("lets customer success read scoring's AI usage only through its view", async () => {
    expect(await asRole("revgraph_customer_success", "select cost_usd from scoring.ai_usage_for_customer_success")).toBe("allowed");
    expect(await asRole("revgraph_customer_success", "select * from scoring.ai_usage")).toBe(DENIED);
    expect(await asRole("revgraph_scoring", "select * from customer_success.ai_usage")).toBe(DENIED);
  });

  it("lets scoring read each lead's temperature through personalization's view, nothing else of personalization", async () => {
    expect(await asRole("revgraph_scoring", "select lead_id, temperature from personalization.profiles_for_scoring")).toBe("allowed");
    expect(await asRole("revgraph_scoring", "select preferences from personalization.customer_profiles")).toBe(DENIED);
    expect(await asRole("revgraph_personalization", "select * from personalization.profiles_for_scoring")).toBe("allowed");
    expect(await asRole("revgraph_sales", "select * from personalization.profiles_for_scoring")).toBe(DENIED);
  });

  it("shows scoring no names or emails", async () => {
    const columns = await stack.database.db.execute(sql`select column_name from information_schema.columns where table_schema = 'sales' and table_name = 'leads_for_scoring'`);
    const names = ((columns as { rows?: { column_name: string }[] }).rows ?? (columns as unknown as { column_name: string }[])).map((r) => r.column_name);
    expect(names).toContain("attributes");
    expect(names).not.toContain("email");
    expect(names).not.toContain("name");
  });
});
