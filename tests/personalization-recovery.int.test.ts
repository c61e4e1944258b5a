import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { seedDemoData } from "../scripts/seed/load";
import { schema } from "@revgraph/db";
import { eq } from "drizzle-orm";
import type { TestUser } from "@revgraph/testkit";
import { PLANTED_ATTEMPTS_PER_PHASE, PLANTED_SILENCE_DAYS } from "../scripts/seed/generate-recovery";
import { addDays } from "../scripts/seed/rows";

const RECOVERY = `query($silentDays: Int, $first: Int, $after: String) {
  recoveryCandidates(silentDays: $silentDays, first: $first, after: $after) {
    nodes {
      lead { id name } daysSilent phase due step timing { phase waitDays learned attempts reason }
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
  due: boolean;
  timing: { phase: string; waitDays: number; learned: boolean; attempts: number; reason: string };
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
    // By acme's learned timing (reminders from 7 days, alternatives from 30, offers from 60).
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
        expect(node.due).toBe(true);
        expect(node.timing).toMatchObject({ phase: node.phase, learned: true, attempts: PLANTED_ATTEMPTS_PER_PHASE[ACME] });
        expect(node.daysSilent).toBeGreaterThanOrEqual(node.timing.waitDays);
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

const TIMING = `{ recoveryTiming { windowDays phases { phase waitDays defaultWaitDays learned attempts successes successRate expectedSuccessRate reason buckets { fromDays toDays attempts successes } } } }`;
const ATTEMPT = `mutation($input: RecordRecoveryAttemptInput!) {
  recordRecoveryAttempt(input: $input) { attempt { id lead { id } phase attemptedAt silentDays reEngagedAt purchasedAt convertedAt worked } errors { field code message } }
}`;
const OUTCOME = `mutation($input: RecordRecoveryOutcomeInput!) {
  recordRecoveryOutcome(input: $input) { attempt { id reEngagedAt purchasedAt convertedAt worked } errors { field code message } }
}`;
type Timing = { phase: string; waitDays: number; defaultWaitDays: number; learned: boolean; attempts: number; successes: number; reason: string };

async function newLead(user: TestUser): Promise<string> {
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
    input: [{ name: "Silent Sam", email: "sam@example.test", assignedToId: user.id }],
  });
  return data.createLeads.leads[0].id;
}
const attemptsOf = (organizationId: string) => stack.database.db.select().from(schema.recoveryAttempts).where(eq(schema.recoveryAttempts.organizationId, organizationId));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe("recovery timing learned from outcomes", () => {
  it("learns the demo's planted timing in acme and keeps the defaults in summit, naming the evidence", async () => {
    const acme = (await (await stack.as({ userId: "rep-alice", organizationId: ACME })).query(TIMING)).recoveryTiming;
    expect(acme.windowDays).toBe(14);
    expect(acme.phases.map((p: Timing) => [p.phase, p.waitDays, p.defaultWaitDays, p.learned])).toEqual([
      ["REMINDER", 7, 14, true],
      ["ALTERNATIVES", 30, 30, true],
      ["OFFER", 60, 60, true],
    ]);
    for (const p of acme.phases as Timing[]) {
      expect(p.attempts).toBe(PLANTED_ATTEMPTS_PER_PHASE[ACME]);
      expect(p.reason).toContain(` ${p.attempts} `);
    }
    const summit = (await (await stack.as({ userId: "rep-sam", organizationId: SUMMIT })).query(TIMING)).recoveryTiming;
    expect(summit.phases.map((p: Timing) => [p.waitDays, p.learned, p.attempts])).toEqual([
      [14, false, 12],
      [30, false, 12],
      [60, false, 12],
    ]);
    expect(summit.phases[0].reason).toBe("14 days (the default): 12 reminders with a known outcome so far; 30 are needed to learn the wait.");
  });

  it("records attempts and outcomes, marks re-engagement from the next profile interaction, and learns a new organization's wait from them", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await newLead(rep);
    expect(
      (await rep.client.query(`mutation($i: RecordProfileInteractionInput!) { recordProfileInteraction(input: $i) { errors { code } } }`, { i: { leadId, newSession: true } }))
        .recordProfileInteraction.errors,
    ).toEqual([]);

    // Silence counted from the profile when not given; the window is still open, so not known yet.
    const open = (await rep.client.query(ATTEMPT, { input: { leadId, phase: "REMINDER" } })).recordRecoveryAttempt;
    expect(open.errors).toEqual([]);
    expect(open.attempt).toMatchObject({ lead: { id: leadId }, phase: "REMINDER", silentDays: 0, reEngagedAt: null, worked: null });
    await rep.client.query(`mutation($i: RecordProfileInteractionInput!) { recordProfileInteraction(input: $i) { errors { code } } }`, { i: { leadId, sentiment: 0.4 } });
    const [stored] = await attemptsOf(rep.organizationId);
    expect(stored!.reEngagedAt).not.toBeNull();

    // 36 reminders in the past: after 8 days of silence 12 of 18 worked, after 16 days 3 of 18 (one of which came too late to count).
    for (let i = 0; i < 36; i++) {
      const early = i < 18;
      const { attempt, errors } = (await rep.client.query(ATTEMPT, { input: { leadId, phase: "REMINDER", attemptedAt: daysAgo(100 + i), silentDays: early ? 8 : 16 } }))
        .recordRecoveryAttempt;
      expect(errors).toEqual([]);
      expect(attempt.worked).toBe(false);
      const works = early ? i < 12 : i < 21;
      const late = i === 20;
      if (works) {
        const outcome = (
          await rep.client.query(OUTCOME, { input: { attemptId: attempt.id, outcome: i % 2 ? "PURCHASED" : "CONVERTED", occurredAt: daysAgo(100 + i - (late ? 20 : 3)) } })
        ).recordRecoveryOutcome;
        expect(outcome.errors).toEqual([]);
        expect(outcome.attempt.worked).toBe(!late);
      }
    }
    const { phases } = (await rep.client.query(TIMING)).recoveryTiming;
    const reminder = phases[0] as Timing;
    // The open attempt is not evidence yet; the re-engaged one is (it worked).
    expect([reminder.waitDays, reminder.learned, reminder.attempts, reminder.successes]).toEqual([7, true, 37, 12 + 2 + 1]);
    expect(reminder.reason).toContain("learned from 37 reminders with a known outcome: after 7–13 days of silence 12 of 18 worked (67%");
    expect(reminder.reason).toContain("and 2 of 18 after 14–20 days (the default)");
    expect(phases.slice(1).map((p: Timing) => [p.waitDays, p.learned, p.attempts])).toEqual([
      [30, false, 0],
      [60, false, 0],
    ]);
  });

  it("counts a purchase or win recorded in sales within 14 days after an attempt as its outcome, and not one after the window", async () => {
    const base = Date.now();
    const ago = (days: number) => new Date(base - days * 86_400_000).toISOString();
    const rep = await (await stack.createOrg()).user("manager");
    const { upsertItems } = await rep.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id } errors { code } } }`, {
      input: [{ externalId: "villa", name: "Villa", category: "Property", listPrice: 1000 }],
    });
    const itemId = upsertItems.items[0].id;
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
      input: Array.from({ length: 36 }, (_, i) => ({ name: `Silent ${i}`, assignedToId: rep.id, createdAt: ago(300) })),
    });
    const leadIds: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
    const at = (i: number) => 100 + i;
    // What sales records, with no recordRecoveryOutcome at all. Reminders after 8 days of silence (0-17):
    // 10 purchases 3 days after, 2 wins 5 days after (counted), 6 purchases 20 days after (too late).
    // After 16 days (18-35): 2 purchases 2 days after (counted), 1 win 16 days after (too late), 15 nothing.
    const purchaseAfter = (i: number) => (i < 10 ? 3 : i >= 12 && i < 18 ? 20 : i >= 18 && i < 20 ? 2 : null);
    const winAfter = (i: number) => (i === 10 || i === 11 ? 5 : i === 20 ? 16 : null);
    const purchases = leadIds.flatMap((leadId, i) => {
      const after = purchaseAfter(i);
      return after === null ? [] : [{ externalId: `order-${i}`, leadId, occurredAt: ago(at(i) - after), lines: [{ itemId, quantity: 1, unitPrice: 1000 }] }];
    });
    const PURCHASES = `mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { createdCount replayedCount errors { field code } } }`;
    expect((await rep.client.query(PURCHASES, { input: purchases })).recordPurchases).toMatchObject({ createdCount: 18, errors: [] });
    for (const [i, leadId] of leadIds.entries()) {
      const after = winAfter(i);
      if (after === null) continue;
      const won = await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { field code } } }`, {
        input: { leadId, outcome: "WON", occurredAt: ago(at(i) - after), idempotencyKey: `win-${i}` },
      });
      expect(won.recordConversion.errors).toEqual([]);
    }

    for (const [i, leadId] of leadIds.entries()) {
      const { attempt, errors } = (await rep.client.query(ATTEMPT, { input: { leadId, phase: "REMINDER", attemptedAt: ago(at(i)), silentDays: i < 18 ? 8 : 16 } }))
        .recordRecoveryAttempt;
      expect(errors).toEqual([]);
      // The attempt's outcomes are those sales already knows, within the window only.
      const bought = purchaseAfter(i);
      const won = winAfter(i);
      expect(attempt.purchasedAt, `attempt ${i}`).toBe(bought !== null && bought <= 14 ? ago(at(i) - bought) : null);
      expect(attempt.convertedAt, `attempt ${i}`).toBe(won !== null && won <= 14 ? ago(at(i) - won) : null);
      expect(attempt.worked, `attempt ${i}`).toBe((bought !== null && bought <= 14) || (won !== null && won <= 14));
    }
    // Nothing was written to the attempts: the outcomes are derived when read.
    expect((await attemptsOf(rep.organizationId)).filter((a) => a.purchasedAt || a.convertedAt)).toEqual([]);

    const learned = async () => ((await rep.client.query(TIMING)).recoveryTiming.phases as Timing[])[0]!;
    const reminder = await learned();
    expect([reminder.waitDays, reminder.learned, reminder.attempts, reminder.successes]).toEqual([7, true, 36, 12 + 2]);
    expect(reminder.reason).toContain("after 7–13 days of silence 12 of 18 worked (67%");
    expect(reminder.reason).toContain("and 2 of 18 after 14–20 days (the default)");

    // Idempotent: the same purchases again (a replay), and the same purchase also recorded as the attempt's outcome, count once.
    expect((await rep.client.query(PURCHASES, { input: purchases })).recordPurchases).toMatchObject({ createdCount: 0, replayedCount: 18, errors: [] });
    const [first] = (await attemptsOf(rep.organizationId)).filter((a) => a.leadId === leadIds[0]);
    const recorded = (await rep.client.query(OUTCOME, { input: { attemptId: first!.id, outcome: "PURCHASED", occurredAt: ago(at(0) - 3) } })).recordRecoveryOutcome;
    expect(recorded).toMatchObject({ errors: [], attempt: { purchasedAt: ago(at(0) - 3), worked: true } });
    const again = await learned();
    expect([again.attempts, again.successes, again.waitDays]).toEqual([36, 14, 7]);
  });

  it("refuses bad attempts and outcomes with coded errors naming the field, and writes nothing", async () => {
    const rep = await (await stack.createOrg()).user();
    const other = await (await stack.createOrg()).user();
    const leadId = await newLead(rep);
    const foreignLead = await newLead(other);
    const attemptCases: [Record<string, unknown>, string, string][] = [
      [{ leadId: "nope", phase: "REMINDER", silentDays: 3 }, "input.leadId", "INVALID_ID"],
      [{ leadId: foreignLead, phase: "REMINDER", silentDays: 3 }, "input.leadId", "NOT_FOUND"],
      [{ leadId, phase: "REMINDER", silentDays: -1 }, "input.silentDays", "OUT_OF_RANGE"],
      [{ leadId, phase: "REMINDER", silentDays: 3651 }, "input.silentDays", "OUT_OF_RANGE"],
      [{ leadId, phase: "OFFER", attemptedAt: new Date(Date.now() + 86_400_000).toISOString(), silentDays: 3 }, "input.attemptedAt", "IN_FUTURE"],
      // No profile, so no last activity to count the silence from.
      [{ leadId, phase: "OFFER" }, "input.silentDays", "REQUIRED"],
    ];
    for (const [input, field, code] of attemptCases) {
      const result = (await rep.client.query(ATTEMPT, { input })).recordRecoveryAttempt;
      expect(result, JSON.stringify(input)).toEqual({ attempt: null, errors: [{ field, code, message: expect.any(String) }] });
    }
    expect(await attemptsOf(rep.organizationId)).toEqual([]);

    const { attempt } = (await rep.client.query(ATTEMPT, { input: { leadId, phase: "ALTERNATIVES", attemptedAt: daysAgo(10), silentDays: 30 } })).recordRecoveryAttempt;
    const backAt = daysAgo(8);
    const ok = (await rep.client.query(OUTCOME, { input: { attemptId: attempt.id, outcome: "RE_ENGAGED", occurredAt: backAt } })).recordRecoveryOutcome;
    expect(ok.errors).toEqual([]);
    const before = await attemptsOf(rep.organizationId);
    const outcomeCases: [TestUser, Record<string, unknown>, string, string][] = [
      [rep, { attemptId: "x", outcome: "PURCHASED" }, "input.attemptId", "INVALID_ID"],
      [other, { attemptId: attempt.id, outcome: "PURCHASED" }, "input.attemptId", "NOT_FOUND"],
      [rep, { attemptId: attempt.id, outcome: "PURCHASED", occurredAt: daysAgo(11) }, "input.occurredAt", "BEFORE_CREATED"],
      [rep, { attemptId: attempt.id, outcome: "PURCHASED", occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, "input.occurredAt", "IN_FUTURE"],
      [rep, { attemptId: attempt.id, outcome: "RE_ENGAGED", occurredAt: daysAgo(5) }, "input.outcome", "OUTCOME_ALREADY_RECORDED"],
    ];
    for (const [user, input, field, code] of outcomeCases) {
      const result = (await user.client.query(OUTCOME, { input })).recordRecoveryOutcome;
      expect(result, JSON.stringify(input)).toEqual({ attempt: null, errors: [{ field, code, message: expect.any(String) }] });
    }
    // The same outcome at the same time again is a replay.
    expect((await rep.client.query(OUTCOME, { input: { attemptId: attempt.id, outcome: "RE_ENGAGED", occurredAt: backAt } })).recordRecoveryOutcome.errors).toEqual([]);
    expect(await attemptsOf(rep.organizationId)).toEqual(before);
    expect(await attemptsOf(other.organizationId)).toEqual([]);
    // The other organization's timing holds none of this evidence.
    const theirs = (await other.client.query(TIMING)).recoveryTiming.phases as Timing[];
    expect(theirs.map((p) => p.attempts)).toEqual([0, 0, 0]);
  });
});
