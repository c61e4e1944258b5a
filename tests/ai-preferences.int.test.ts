import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const FIELDS = `tone autoSuggestActions proactiveSuggestions preferredContactHours { startHour endHour timeZone } insightFrequency customInstructions isDefault`;
const ME = `{ me { id aiPreferences { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateAiPreferencesInput!) { updateAiPreferences(input: $input) { preferences { ${FIELDS} } errors { field code message } } }`;
const NEXT = `query($id: ID!) { lead(id: $id) { nextAction { action dueAt } nextActions { action dueAt } nextActionsHiddenReason } }`;

const stored = (user: TestUser) =>
  stack.database.db
    .select()
    .from(schema.userAiPreferences)
    .where(and(eq(schema.userAiPreferences.organizationId, user.organizationId), eq(schema.userAiPreferences.userId, user.id)));

/** A lead that asked for a callback an hour ago: its next action is an URGENT call due now. */
async function callbackLead(user: TestUser): Promise<string> {
  const { createLeads } = await user.client.query(`mutation { createLeads(input: [{ name: "Caller" }]) { leads { id } } }`);
  const id = createLeads.leads[0].id;
  await user.client.query(`mutation($id: ID!, $at: DateTime!) { recordActivities(input: [{ leadId: $id, type: CALLBACK_REQUEST, occurredAt: $at }]) { recordedCount } }`, {
    id,
    at: new Date(Date.now() - 3_600_000).toISOString(),
  });
  return id;
}

describe("AI preferences", () => {
  it("starts at the defaults and keeps a change, seen by the user only", async () => {
    const org = await stack.createOrg();
    const rep = await org.user("rep");
    expect((await rep.client.query(ME)).me.aiPreferences).toEqual({
      tone: "PROFESSIONAL",
      autoSuggestActions: true,
      proactiveSuggestions: true,
      preferredContactHours: null,
      insightFrequency: "DAILY",
      customInstructions: "",
      isDefault: true,
    });
    const { updateAiPreferences } = await rep.client.query(UPDATE, {
      input: {
        tone: "FRIENDLY",
        preferredContactHours: { startHour: 9, endHour: 18, timeZone: "Asia/Kolkata" },
        insightFrequency: "WEEKLY",
        customInstructions: "Mention the budget first.",
      },
    });
    expect(updateAiPreferences.errors).toEqual([]);
    // A partial change keeps what it does not name.
    await rep.client.query(UPDATE, { input: { proactiveSuggestions: false } });
    expect((await rep.client.query(ME)).me.aiPreferences).toEqual({
      tone: "FRIENDLY",
      autoSuggestActions: true,
      proactiveSuggestions: false,
      preferredContactHours: { startHour: 9, endHour: 18, timeZone: "Asia/Kolkata" },
      insightFrequency: "WEEKLY",
      customInstructions: "Mention the budget first.",
      isDefault: false,
    });
    // Another user of the organization, even a manager, cannot read them.
    const manager = await org.user("manager");
    const direct = await stack.direct("scoring", manager.token).query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { aiPreferences { tone } } } }`, {
      r: [{ __typename: "User", id: rep.id }],
    });
    expect(direct._entities[0].aiPreferences).toBeNull();
    // The same user id in another organization has its own (default) preferences.
    const twin = await (await stack.createOrg()).user("rep", rep.id);
    expect((await twin.client.query(ME)).me.aiPreferences).toMatchObject({ tone: "PROFESSIONAL", customInstructions: "", isDefault: true });
  });

  it("rejects hours out of range, an empty window, an unknown time zone and over-long instructions with coded errors, writing nothing", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const cases = [
      [{ preferredContactHours: { startHour: 9, endHour: 25 } }, "input.preferredContactHours.endHour", "OUT_OF_RANGE"],
      [{ preferredContactHours: { startHour: -1, endHour: 5 } }, "input.preferredContactHours.startHour", "OUT_OF_RANGE"],
      [{ preferredContactHours: { startHour: 18, endHour: 9 } }, "input.preferredContactHours.endHour", "INVALID_RANGE"],
      [{ preferredContactHours: { startHour: 9, endHour: 18, timeZone: "Mars/Olympus" } }, "input.preferredContactHours.timeZone", "INVALID_VALUE"],
      [{ tone: "CONCISE", customInstructions: "x".repeat(501) }, "input.customInstructions", "TOO_LONG"],
    ] as const;
    for (const [input, field, code] of cases) {
      const { updateAiPreferences } = await rep.client.query(UPDATE, { input });
      expect(updateAiPreferences.errors).toEqual([expect.objectContaining({ field, code })]);
      expect(updateAiPreferences.preferences.isDefault).toBe(true);
    }
    expect(await stored(rep)).toEqual([]);
  });

  it("hides next actions, with the reason, when the user turns suggestions off", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const id = await callbackLead(rep);
    const before = (await rep.client.query(NEXT, { id })).lead;
    expect(before.nextAction.action).toBe("CALL");
    expect(before.nextActionsHiddenReason).toBeNull();
    await rep.client.query(UPDATE, { input: { autoSuggestActions: false } });
    const after = (await rep.client.query(NEXT, { id })).lead;
    expect(after).toMatchObject({ nextAction: null, nextActions: [] });
    expect(after.nextActionsHiddenReason).toMatch(/autoSuggestActions/);
    // Another rep of the organization still sees them.
    const colleague = await stack.as({ userId: `colleague-${rep.id}`, organizationId: rep.organizationId });
    expect((await colleague.query(NEXT, { id })).lead.nextAction.action).toBe("CALL");
  });

  it("moves a next action's due time into the user's contact hours", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const id = await callbackLead(rep);
    const now = new Date();
    const dueNow = new Date((await rep.client.query(NEXT, { id })).lead.nextAction.dueAt);
    expect(Math.abs(dueNow.getTime() - now.getTime())).toBeLessThan(60_000);
    // A one-hour window starting two hours from now (UTC): the call falls due when it opens.
    const start = (now.getUTCHours() + 2) % 24;
    await rep.client.query(UPDATE, { input: { preferredContactHours: { startHour: start, endHour: start + 1, timeZone: "UTC" } } });
    const { lead } = await rep.client.query(NEXT, { id });
    const due = new Date(lead.nextAction.dueAt);
    expect(due.getUTCHours()).toBe(start);
    expect(due.getUTCMinutes()).toBe(0);
    expect(due.getTime()).toBeGreaterThan(now.getTime());
    expect(due.getTime() - now.getTime()).toBeLessThanOrEqual(3 * 3_600_000);
    for (const a of lead.nextActions) if (a.dueAt) expect(new Date(a.dueAt).getUTCHours()).toBe(start);
  });
});
