import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { seedDemoData } from "../scripts/seed/load";
import { PLANTED_SILENCE_DAYS } from "../scripts/seed/generate-recovery";
import { addDays } from "../scripts/seed/rows";

const RECOVERY = `query($silentDays: Int, $first: Int, $after: String) {
  recoveryCandidates(silentDays: $silentDays, first: $first, after: $after) {
    nodes {
      lead { id name } daysSilent phase step
      interest { externalId name viewCount level item { id externalId } }
      alternatives { item { externalId } reason }
      offer { discount item { externalId } policy { maxDiscount } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ACME = "org-acme-realty";
const SUMMIT = "org-summit-homes";
let stack: TestStack;
let seededAt: Date;

type Node = {
  lead: { id: string; name: string };
  daysSilent: number;
  phase: string;
  step: string;
  interest: { externalId: string; name: string; viewCount: number; level: string | null; item: { id: string; externalId: string } | null };
  alternatives: { item: { externalId: string }; reason: string }[];
  offer: { discount: number; item: { externalId: string }; policy: { maxDiscount: number } } | null;
};

/** The planted leads of an organization silent for exactly `days` days at seeding, read from the database. */
async function planted(organizationId: string, days: number): Promise<string[]> {
  const at = addDays(seededAt, -days).toISOString();
  const result = await stack.database.db.execute(
    sql`select lead_id from personalization.customer_profiles where organization_id = ${organizationId} and last_active_at = ${at}::timestamptz order by lead_id`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { lead_id: string }[];
  return rows.map((r) => r.lead_id);
}

beforeAll(async () => {
  stack = await startTestStack();
  seededAt = new Date();
  await seedDemoData(stack.database.db, { now: seededAt });
}, 180_000);
afterAll(async () => {
  await stack?.close();
});

describe("abandoned-interest recovery through the gateway", () => {
  it("finds the planted silent repeat viewers of each phase at the top of those silent that long", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: ACME });
    const expectedPhase = { 20: "REMINDER", 45: "ALTERNATIVES", 75: "OFFER" } as const;
    for (const days of PLANTED_SILENCE_DAYS) {
      const ids = await planted(ACME, days);
      expect(ids.length, `planted at ${days} days`).toBeGreaterThan(0);
      // Most recently active first: the planted leads, silent exactly `days` days, lead the list
      // (a natural one can only come before them if it went quiet during the seconds the seed took).
      const { recoveryCandidates } = await rep.query(RECOVERY, { silentDays: days, first: ids.length + 3 });
      const nodes = (recoveryCandidates.nodes as Node[]).filter((n) => ids.includes(n.lead.id));
      expect(nodes.map((n) => n.lead.id).sort()).toEqual(ids);
      for (const node of nodes) {
        expect(node.daysSilent).toBe(days);
        expect(node.phase).toBe(expectedPhase[days]);
        expect(node.lead.name).not.toBe("");
        expect(node.interest.viewCount >= 3 || node.interest.level === "HIGH").toBe(true);
        expect(node.step).toContain(node.interest.name);
        if (node.phase === "ALTERNATIVES") {
          expect(node.alternatives.length).toBeGreaterThan(0);
          expect(node.alternatives.map((a) => a.item.externalId)).not.toContain(node.interest.externalId);
        } else {
          expect(node.alternatives).toEqual([]);
        }
        if (node.phase === "OFFER") {
          expect(node.interest.item).not.toBeNull();
          expect(node.offer!.item.externalId).toBe(node.interest.externalId);
          expect(node.offer!.discount).toBeLessThanOrEqual(node.offer!.policy.maxDiscount);
        } else {
          expect(node.offer).toBeNull();
        }
      }
    }
  });

  it("pages with cursors without repeating a candidate, and lists only silent repeat viewers", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: ACME });
    const first = (await rep.query(RECOVERY, { first: 5 })).recoveryCandidates;
    expect(first.nodes).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await rep.query(RECOVERY, { first: 5, after: first.pageInfo.endCursor })).recoveryCandidates;
    const ids = [...first.nodes, ...second.nodes].map((n: Node) => n.lead.id);
    expect(new Set(ids).size).toBe(10);
    for (const n of [...first.nodes, ...second.nodes] as Node[]) expect(n.daysSilent).toBeGreaterThanOrEqual(14);
  });

  it("never shows another organization's candidates", async () => {
    const summitIds = new Set(await Promise.all(PLANTED_SILENCE_DAYS.map((d) => planted(SUMMIT, d))).then((x) => x.flat()));
    expect(summitIds.size).toBeGreaterThan(0);
    const rep = await stack.as({ userId: "rep-alice", organizationId: ACME });
    let after: string | null = null;
    const seen: string[] = [];
    do {
      const page: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await rep.query(RECOVERY, { silentDays: 14, first: 100, after }))
        .recoveryCandidates;
      seen.push(...page.nodes.map((n) => n.lead.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBeGreaterThan(0);
    for (const id of seen) expect(summitIds.has(id)).toBe(false);
    // Every lead listed is one of the caller's organization's.
    const result = await stack.database.db.execute(sql`select count(*)::int as n from sales.leads where organization_id = ${ACME} and id = any(${`{${seen.join(",")}}`}::uuid[])`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    expect(Number(rows[0]!.n)).toBe(new Set(seen).size);
  });

  it("refuses silentDays outside 1-365, first over 100 and a forged cursor with BAD_USER_INPUT", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: ACME });
    for (const variables of [{ silentDays: 0 }, { silentDays: -3 }, { silentDays: 366 }, { first: 101 }, { after: "bm90LWEtY3Vyc29y" }]) {
      const result = await rep.raw(RECOVERY, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });
});
