import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CtaQueueDocument, type CtaFilter, type CtaQueueQuery } from "@revgraph/client/graphql";
import { schema } from "@revgraph/db";
import { ensureCtaRuleSchedule, raiseCta, runDueCtaRules, type RaiseCtaRequest } from "@revgraph/customer-success";
import { startTestStack, type TestOrg, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY = 86_400_000;
const CTA_FIELDS = `id type reason priority ownerId dueAt status snoozedUntil closeReason source sourceRef createdAt closedAt
  account { id name } playbook { name } tasks { id title dueAt done doneAt }`;
const CREATE = `mutation($input: CreateCtaInput!) { createCta(input: $input) { cta { ${CTA_FIELDS} } errors { field code message } } }`;
const QUEUE = `query($first: Int!, $after: String, $filter: CtaFilter) {
  ctas(first: $first, after: $after, filter: $filter) { totalCount nodes { id priority dueAt status } pageInfo { hasNextPage endCursor } }
}`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { cta { ${CTA_FIELDS} } errors { field code message } } }`;
const SNOOZE = mutation("snoozeCta", "SnoozeCtaInput");
const CLOSE = mutation("closeCta", "CloseCtaInput");
const ASSIGN = mutation("assignCta", "AssignCtaInput");
const COMPLETE = mutation("completeCtaTask", "CompleteCtaTaskInput");

type Err = { field: string; code: string };
const codes = (errors: Err[]) => errors.map((e) => [e.field, e.code]);

async function createAccount(user: TestUser, healthScore = 70, renewalDate?: string): Promise<string> {
  const d = `co-${crypto.randomBytes(4).toString("hex")}.example`;
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { field } } }`, {
    input: { name: `Company ${d}`, domain: d, healthScore, renewalDate },
  });
  expect(data.upsertAccount.errors).toEqual([]);
  return data.upsertAccount.account.id;
}

async function ctaRowCount(org: TestOrg): Promise<number> {
  return (await stack.database.db.select().from(schema.ctas).where(eq(schema.ctas.organizationId, org.id))).length;
}

const ruleRequest = (org: TestOrg, accountId: string, extra: Partial<RaiseCtaRequest> = {}): RaiseCtaRequest => ({
  organizationId: org.id,
  accountId,
  type: "RISK",
  reason: "CHURN_RISK_HIGH",
  source: "PREDICTION",
  sourceRef: "prediction-1",
  priority: "HIGH",
  ...extra,
});

describe("raiseCta: dedup and cooldown", () => {
  it("keeps one open CTA per account, type and reason, however often (and however concurrently) it is raised", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const results = await Promise.all(Array.from({ length: 5 }, () => raiseCta(stack.database.db, ruleRequest(org, accountId))));
    expect(results.filter((r) => r.outcome === "RAISED")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "ALREADY_OPEN")).toHaveLength(4);
    const again = await raiseCta(stack.database.db, ruleRequest(org, accountId));
    expect(again.outcome).toBe("ALREADY_OPEN");
    expect(await ctaRowCount(org)).toBe(1);
    // Another reason for the same account is another CTA.
    expect((await raiseCta(stack.database.db, ruleRequest(org, accountId, { reason: "HEALTH_DROP", source: "ANOMALY" }))).outcome).toBe("RAISED");

    const data = await rep.client.query(`query($id: ID!) { account(id: $id) { ctas { reason source sourceRef priority tasks { title } playbook { name } } } }`, { id: accountId });
    expect(data.account.ctas.map((c: { reason: string }) => c.reason).sort()).toEqual(["CHURN_RISK_HIGH", "HEALTH_DROP"]);
    const risk = data.account.ctas.find((c: { reason: string }) => c.reason === "CHURN_RISK_HIGH");
    expect(risk).toMatchObject({ source: "PREDICTION", sourceRef: "prediction-1", priority: "HIGH", playbook: { name: "Churn risk response" } });
    expect(risk.tasks).toHaveLength(4);
  });

  it("does not raise a CTA again within the playbook's cooldown after it was closed, and does after", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const first = await raiseCta(stack.database.db, ruleRequest(org, accountId));
    expect(first.outcome).toBe("RAISED");
    const closed = await rep.client.query(CLOSE, { input: { ctaId: first.outcome === "RAISED" && first.cta.id, reason: "RESOLVED_SUCCESS" } });
    expect(closed.closeCta).toMatchObject({ errors: [], cta: { status: "CLOSED", closeReason: "RESOLVED_SUCCESS" } });
    const closedAt = new Date(closed.closeCta.cta.closedAt).getTime();

    const soon = await raiseCta(stack.database.db, ruleRequest(org, accountId), new Date(closedAt + 29 * DAY));
    expect(soon.outcome).toBe("COOLDOWN");
    expect(soon.outcome === "COOLDOWN" && soon.cooldownUntil.getTime()).toBe(closedAt + 30 * DAY);
    expect(await ctaRowCount(org)).toBe(1);

    // A person is not held back by the cooldown.
    const manual = await rep.client.query(CREATE, { input: { accountId, type: "RISK", reason: "CHURN_RISK_HIGH" } });
    expect(manual.createCta.errors).toEqual([]);
    await rep.client.query(CLOSE, { input: { ctaId: manual.createCta.cta.id, reason: "NOT_RELEVANT" } });

    const later = await raiseCta(stack.database.db, ruleRequest(org, accountId), new Date(Date.now() + 31 * DAY));
    expect(later.outcome).toBe("RAISED");
    expect(await ctaRowCount(org)).toBe(3);
  });

  it("uses the cooldown a manager set on the playbook", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const accountId = await createAccount(manager);
    const { playbooks } = await manager.client.query(`{ playbooks { id ctaType ctaReason cooldownDays } }`);
    const expansion = playbooks.find((p: { ctaReason: string }) => p.ctaReason === "EXPANSION_SIGNAL");
    expect(expansion.cooldownDays).toBe(60);
    const updated = await manager.client.query(`mutation($input: UpdatePlaybookInput!) { updatePlaybook(input: $input) { playbook { cooldownDays } errors { field code } } }`, {
      input: { id: expansion.id, cooldownDays: 5 },
    });
    expect(updated.updatePlaybook).toEqual({ playbook: { cooldownDays: 5 }, errors: [] });

    const request = ruleRequest(org, accountId, { type: "EXPANSION", reason: "EXPANSION_SIGNAL", source: "RULE", sourceRef: null, priority: "MEDIUM" });
    const raised = await raiseCta(stack.database.db, request);
    await manager.client.query(CLOSE, { input: { ctaId: raised.outcome === "RAISED" && raised.cta.id, reason: "RESOLVED_SUCCESS" } });
    expect((await raiseCta(stack.database.db, request, new Date(Date.now() + 4 * DAY))).outcome).toBe("COOLDOWN");
    expect((await raiseCta(stack.database.db, request, new Date(Date.now() + 6 * DAY))).outcome).toBe("RAISED");
  });

  it("refuses an account of another organization as if it did not exist", async () => {
    const orgA = await stack.createOrg();
    const orgB = await stack.createOrg();
    const accountId = await createAccount(await orgA.user());
    expect((await raiseCta(stack.database.db, ruleRequest(orgB, accountId))).outcome).toBe("ACCOUNT_NOT_FOUND");
    expect(await ctaRowCount(orgB)).toBe(0);
  });
});

describe("working a CTA", () => {
  it("creates a manual CTA with its playbook's tasks due at their offsets, and completes them", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const before = Date.now();
    const { createCta } = await rep.client.query(CREATE, { input: { accountId, type: "RENEWAL", reason: "RENEWAL_AT_RISK", priority: "URGENT" } });
    expect(createCta.errors).toEqual([]);
    const cta = createCta.cta;
    expect(cta).toMatchObject({
      type: "RENEWAL",
      reason: "RENEWAL_AT_RISK",
      priority: "URGENT",
      ownerId: rep.id,
      status: "OPEN",
      source: "MANUAL",
      sourceRef: null,
      playbook: { name: "Renewal at risk" },
    });
    const created = new Date(cta.createdAt).getTime();
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    // URGENT without a due date: due in a day.
    expect(new Date(cta.dueAt).getTime()).toBe(created + DAY);
    expect(cta.tasks.map((t: { title: string; dueAt: string; done: boolean }) => [t.title, (new Date(t.dueAt).getTime() - created) / DAY, t.done])).toEqual([
      ["Review health, usage and open issues before the renewal", 0, false],
      ["Hold an executive sponsor call", 3, false],
      ["Send the renewal proposal with a success plan", 10, false],
      ["Confirm the renewal decision", 30, false],
    ]);

    const done = await rep.client.query(COMPLETE, { input: { taskId: cta.tasks[1].id } });
    expect(done.completeCtaTask.errors).toEqual([]);
    expect(done.completeCtaTask.cta.tasks.map((t: { done: boolean }) => t.done)).toEqual([false, true, false, false]);
    const doneAt = done.completeCtaTask.cta.tasks[1].doneAt;
    expect(doneAt).not.toBeNull();
    const twice = await rep.client.query(COMPLETE, { input: { taskId: cta.tasks[1].id } });
    expect(twice.completeCtaTask.cta.tasks[1].doneAt).toBe(doneAt);
    const undone = await rep.client.query(COMPLETE, { input: { taskId: cta.tasks[1].id, done: false } });
    expect(undone.completeCtaTask.cta.tasks[1]).toMatchObject({ done: false, doneAt: null });

    const assigned = await rep.client.query(ASSIGN, { input: { ctaId: cta.id, ownerId: "csm-zoe" } });
    expect(assigned.assignCta.cta.ownerId).toBe("csm-zoe");
    await rep.client.query(CLOSE, { input: { ctaId: cta.id, reason: "RESOLVED_SUCCESS" } });
    const late = await rep.client.query(COMPLETE, { input: { taskId: cta.tasks[0].id } });
    expect(codes(late.completeCtaTask.errors)).toEqual([["input.taskId", "ALREADY_CLOSED"]]);
  });

  it("hides a snoozed CTA from the queue until its date, then shows it OPEN again", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const { createCta } = await rep.client.query(CREATE, { input: { accountId, type: "ACTIVITY" } });
    const until = new Date(Date.now() + 2 * DAY).toISOString();
    const snoozed = await rep.client.query(SNOOZE, { input: { ctaId: createCta.cta.id, until } });
    expect(snoozed.snoozeCta).toMatchObject({ errors: [], cta: { status: "SNOOZED", snoozedUntil: until } });

    const queue = async (filter?: CtaFilter) => (await rep.client.operation(CtaQueueDocument, { first: 10, filter })).ctas;
    expect((await queue()).nodes).toEqual([]);
    expect((await queue({ status: ["SNOOZED"] })).nodes.map((n) => n.id)).toEqual([createCta.cta.id]);
    expect((await rep.client.query(`query($id: ID!) { account(id: $id) { ctas { id } } }`, { id: accountId })).account.ctas).toEqual([]);

    // The snooze date passes (moved back rather than waited for).
    await stack.database.db
      .update(schema.ctas)
      .set({ snoozedUntil: new Date(Date.now() - 1000) })
      .where(eq(schema.ctas.id, createCta.cta.id));
    expect((await queue()).nodes).toMatchObject([{ id: createCta.cta.id, priority: "MEDIUM", dueAt: createCta.cta.dueAt, status: "OPEN" }]);
    expect((await queue({ status: ["SNOOZED"] })).nodes).toEqual([]);
  });

  it("lists the queue most urgent first (priority, then due date) across pages, with filters", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const other = await org.user();
    const accountId = await createAccount(rep);
    const day = (n: number) => new Date(Date.now() + n * DAY).toISOString();
    const specs = [
      { type: "ACTIVITY", priority: "LOW", dueAt: day(1) },
      { type: "RISK", priority: "URGENT", dueAt: day(5) },
      { type: "RENEWAL", priority: "HIGH", dueAt: day(2) },
      { type: "EXPANSION", priority: "HIGH", dueAt: day(1) },
      { type: "ONBOARDING", priority: "MEDIUM", dueAt: day(3), ownerId: other.id },
    ];
    const ids: Record<string, string> = {};
    for (const spec of specs) {
      const { createCta } = await rep.client.query(CREATE, { input: { accountId, ...spec } });
      expect(createCta.errors).toEqual([]);
      ids[spec.type] = createCta.cta.id;
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: CtaQueueQuery["ctas"] = (await rep.client.operation(CtaQueueDocument, { first: 2, after })).ctas;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids.RISK, ids.EXPANSION, ids.RENEWAL, ids.ONBOARDING, ids.ACTIVITY]);

    const ofIds = async (filter: CtaFilter) => (await rep.client.operation(CtaQueueDocument, { first: 10, filter })).ctas.nodes.map((n) => n.id);
    expect(await ofIds({ priority: "HIGH" })).toEqual([ids.EXPANSION, ids.RENEWAL]);
    expect(await ofIds({ ownerId: other.id })).toEqual([ids.ONBOARDING]);
    expect(await ofIds({ mine: true })).toEqual([ids.RISK, ids.EXPANSION, ids.RENEWAL, ids.ACTIVITY]);
    expect(await ofIds({ type: "RISK", accountId })).toEqual([ids.RISK]);
    expect(await ofIds({ dueBefore: day(2.5) })).toEqual([ids.EXPANSION, ids.RENEWAL, ids.ACTIVITY]);
    expect(await ofIds({ status: ["CLOSED"] })).toEqual([]);
  });
});

describe("bad input", () => {
  it("answers bad CTA mutations with coded errors naming the field, and writes nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const create = async (input: Record<string, unknown>) => (await rep.client.query(CREATE, { input })).createCta;
    expect(codes((await create({ accountId: "nope", type: "RISK", dueAt: new Date(Date.now() - DAY).toISOString(), ownerId: " " })).errors)).toEqual([
      ["input.accountId", "INVALID_ID"],
      ["input.ownerId", "REQUIRED"],
      ["input.dueAt", "IN_PAST"],
    ]);
    expect(codes((await create({ accountId: crypto.randomUUID(), type: "RISK" })).errors)).toEqual([["input.accountId", "NOT_FOUND"]]);
    const unknownEnum = await rep.client.raw(CREATE, { input: { accountId, type: "PANIC" } });
    expect(unknownEnum.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await ctaRowCount(org)).toBe(0);

    const { cta } = await create({ accountId, type: "RISK" });
    const dupe = await create({ accountId, type: "RISK" });
    expect(codes(dupe.errors)).toEqual([["input.reason", "ALREADY_OPEN"]]);
    const snooze = async (until: Date) => (await rep.client.query(SNOOZE, { input: { ctaId: cta.id, until: until.toISOString() } })).snoozeCta;
    expect(codes((await snooze(new Date(Date.now() - DAY))).errors)).toEqual([["input.until", "IN_PAST"]]);
    expect(codes((await snooze(new Date(Date.now() + 400 * DAY))).errors)).toEqual([["input.until", "OUT_OF_RANGE"]]);
    const missing = await rep.client.query(CLOSE, { input: { ctaId: crypto.randomUUID(), reason: "NOT_RELEVANT" } });
    expect(codes(missing.closeCta.errors)).toEqual([["input.ctaId", "NOT_FOUND"]]);
    expect(codes((await rep.client.query(COMPLETE, { input: { taskId: "x" } })).completeCtaTask.errors)).toEqual([["input.taskId", "INVALID_ID"]]);
    const [row] = await stack.database.db
      .select()
      .from(schema.ctas)
      .where(and(eq(schema.ctas.organizationId, org.id)));
    expect(row).toMatchObject({ status: "OPEN", snoozedUntil: null, closedAt: null });
    expect(await ctaRowCount(org)).toBe(1);

    await rep.client.query(CLOSE, { input: { ctaId: cta.id, reason: "NOT_RELEVANT" } });
    const again = await rep.client.query(CLOSE, { input: { ctaId: cta.id, reason: "RESOLVED_SUCCESS" } });
    expect(codes(again.closeCta.errors)).toEqual([["input.ctaId", "ALREADY_CLOSED"]]);
    const [closed] = await stack.database.db.select().from(schema.ctas).where(eq(schema.ctas.id, cta.id));
    expect(closed!.closeReason).toBe("NOT_RELEVANT");
  });

  it("refuses bad queue arguments with BAD_USER_INPUT naming the argument", async () => {
    const rep = await (await stack.createOrg()).user();
    for (const [variables, field] of [
      [{ first: 101 }, "first"],
      [{ first: 5, after: "forged" }, "after"],
      [{ first: 5, filter: { accountId: "1" } }, "filter.accountId"],
      [{ first: 5, filter: { mine: true, ownerId: "x" } }, "filter.mine"],
      [{ first: 5, filter: { status: [] } }, "filter.status"],
    ] as const) {
      const result = await rep.client.raw(QUEUE, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});

describe("playbooks", () => {
  const CREATE_PLAYBOOK = `mutation($input: CreatePlaybookInput!) { createPlaybook(input: $input) { playbook { id name ctaType ctaReason cooldownDays tasks { title dueOffsetDays } } errors { field code } } }`;
  const UPDATE_PLAYBOOK = `mutation($input: UpdatePlaybookInput!) { updatePlaybook(input: $input) { playbook { id name tasks { title dueOffsetDays } } errors { field code } } }`;

  it("gives every organization the built-in risk, renewal and expansion playbooks", async () => {
    const rep = await (await stack.createOrg()).user();
    const { playbooks } = await rep.client.query(`{ playbooks { name ctaType ctaReason cooldownDays tasks { dueOffsetDays } } }`);
    expect(playbooks.map((p: { ctaType: string; ctaReason: string }) => `${p.ctaType}/${p.ctaReason}`)).toEqual([
      "EXPANSION/EXPANSION_SIGNAL",
      "RENEWAL/RENEWAL_APPROACHING",
      "RENEWAL/RENEWAL_AT_RISK",
      "RISK/CHURN_RISK_HIGH",
      "RISK/HEALTH_DROP",
    ]);
  });

  it("lets a manager create and change playbooks, and new CTAs follow them", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const created = await manager.client.query(CREATE_PLAYBOOK, {
      input: { name: "Kickoff", ctaType: "ONBOARDING", ctaReason: "ONBOARDING_STALLED", tasks: [{ title: "Kickoff call", dueOffsetDays: 1 }] },
    });
    expect(created.createPlaybook).toMatchObject({ errors: [], playbook: { name: "Kickoff", cooldownDays: 30, tasks: [{ title: "Kickoff call", dueOffsetDays: 1 }] } });
    const dupe = await manager.client.query(CREATE_PLAYBOOK, {
      input: { name: "Again", ctaType: "ONBOARDING", ctaReason: "ONBOARDING_STALLED", tasks: [{ title: "x", dueOffsetDays: 1 }] },
    });
    expect(codes(dupe.createPlaybook.errors)).toEqual([["input.ctaReason", "ALREADY_EXISTS"]]);
    const updated = await manager.client.query(UPDATE_PLAYBOOK, {
      input: {
        id: created.createPlaybook.playbook.id,
        tasks: [
          { title: "Kickoff call", dueOffsetDays: 1 },
          { title: "Training", dueOffsetDays: 7 },
        ],
      },
    });
    expect(updated.updatePlaybook.playbook.tasks).toHaveLength(2);

    const accountId = await createAccount(manager);
    const { createCta } = await manager.client.query(CREATE, { input: { accountId, type: "ONBOARDING", reason: "ONBOARDING_STALLED" } });
    expect(createCta.cta.tasks.map((t: { title: string }) => t.title)).toEqual(["Kickoff call", "Training"]);
  });

  it("refuses a rep who creates or changes a playbook with FORBIDDEN, and changes nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user("rep");
    const { playbooks } = await rep.client.query(`{ playbooks { id name } }`);
    const create = await rep.client.raw(CREATE_PLAYBOOK, {
      input: { name: "Mine", ctaType: "ACTIVITY", ctaReason: "MANUAL", tasks: [{ title: "x", dueOffsetDays: 1 }] },
    });
    expect(create.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const update = await rep.client.raw(UPDATE_PLAYBOOK, { input: { id: playbooks[0].id, name: "Renamed" } });
    expect(update.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await rep.client.query(`{ playbooks { id name } }`)).playbooks).toEqual(playbooks);
  });

  it("answers bad playbook input with coded errors naming the field", async () => {
    const admin = await (await stack.createOrg()).user("admin");
    const result = await admin.client.query(CREATE_PLAYBOOK, {
      input: { name: "", ctaType: "RISK", ctaReason: "MANUAL", tasks: [{ title: "ok", dueOffsetDays: 400 }], cooldownDays: -1 },
    });
    expect(codes(result.createPlaybook.errors)).toEqual([
      ["input.name", "REQUIRED"],
      ["input.tasks.0.dueOffsetDays", "OUT_OF_RANGE"],
      ["input.cooldownDays", "OUT_OF_RANGE"],
    ]);
    const missing = await admin.client.query(UPDATE_PLAYBOOK, { input: { id: crypto.randomUUID(), name: "x" } });
    expect(codes(missing.updatePlaybook.errors)).toEqual([["input.id", "NOT_FOUND"]]);
    expect((await admin.client.query(`{ playbooks { ctaReason } }`)).playbooks.map((p: { ctaReason: string }) => p.ctaReason)).not.toContain("MANUAL");
  });
});

describe("tenancy", () => {
  it("shows another organization no CTA or playbook, through the gateway or _entities", async () => {
    const orgA = await stack.createOrg();
    const repA = await orgA.user();
    const managerA = await orgA.user("manager");
    const repB = await (await stack.createOrg()).user();
    const managerB = await (await stack.createOrg()).user("manager");
    const accountId = await createAccount(repA);
    const { createCta } = await repA.client.query(CREATE, { input: { accountId, type: "RISK" } });
    const ctaId = createCta.cta.id;
    const { playbooks } = await managerA.client.query(`{ playbooks { id name } }`);

    expect((await repB.client.query(`query($id: ID!) { cta(id: $id) { id } }`, { id: ctaId })).cta).toBeNull();
    expect((await repB.client.operation(CtaQueueDocument, { first: 10, filter: { accountId } })).ctas.totalCount).toBe(0);
    const taskId = createCta.cta.tasks[0]?.id ?? crypto.randomUUID();
    for (const [query, input, name] of [
      [CLOSE, { ctaId, reason: "NOT_RELEVANT" }, "closeCta"],
      [SNOOZE, { ctaId, until: new Date(Date.now() + DAY).toISOString() }, "snoozeCta"],
      [ASSIGN, { ctaId, ownerId: repB.id }, "assignCta"],
    ] as const) {
      expect(codes((await repB.client.query(query, { input }))[name].errors)).toEqual([["input.ctaId", "NOT_FOUND"]]);
    }
    expect(codes((await repB.client.query(COMPLETE, { input: { taskId } })).completeCtaTask.errors)).toEqual([["input.taskId", "NOT_FOUND"]]);
    expect(codes((await repB.client.query(CREATE, { input: { accountId, type: "RISK" } })).createCta.errors)).toEqual([["input.accountId", "NOT_FOUND"]]);
    const renamed = await managerB.client.query(`mutation($input: UpdatePlaybookInput!) { updatePlaybook(input: $input) { errors { field code } } }`, {
      input: { id: playbooks[0].id, name: "Hijacked" },
    });
    expect(codes(renamed.updatePlaybook.errors)).toEqual([["input.id", "NOT_FOUND"]]);
    expect((await managerB.client.query(`{ playbooks { id } }`)).playbooks.map((p: { id: string }) => p.id)).not.toContain(playbooks[0].id);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cta { id status tasks { title } } } }`;
    const r = [{ __typename: "Cta", id: ctaId }];
    expect((await stack.direct("customer-success", repB.token).query(entities, { r }))._entities).toEqual([null]);
    expect((await stack.direct("customer-success", repA.token).query(entities, { r }))._entities).toEqual([
      { id: ctaId, status: "OPEN", tasks: createCta.cta.tasks.map((t: { title: string }) => ({ title: t.title })) },
    ]);
    const anonymous = await stack.direct("customer-success").raw(entities, { r });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await stack.database.db.select().from(schema.ctas).where(eq(schema.ctas.id, ctaId)))[0]).toMatchObject({ status: "OPEN", ownerId: repA.id });
    expect((await managerA.client.query(`{ playbooks { name } }`)).playbooks.map((p: { name: string }) => p.name)).not.toContain("Hijacked");
  });
});

describe("the renewal rule", () => {
  const RUN = `mutation { runCtaRules { accountsChecked raised alreadyOpen inCooldown errors { field } } }`;
  const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

  /** An account whose health went through these scores, a week apart, the last one today. */
  async function accountWithHealth(user: TestUser, scores: number[], renewalDate: string, lifecycleStage = "RENEWAL"): Promise<string> {
    const accountId = await createAccount(user, scores.at(-1), renewalDate);
    await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { errors { field } } }`, {
      input: { name: "x", domain: (await user.client.query(`query($id: ID!) { account(id: $id) { domain } }`, { id: accountId })).account.domain, lifecycleStage },
    });
    for (const [i, score] of scores.slice(0, -1).entries()) {
      const recordedAt = new Date(Date.now() - (scores.length - 1 - i) * 7 * DAY).toISOString();
      const data = await user.client.query(`mutation($input: RecordAccountHealthInput!) { recordAccountHealth(input: $input) { errors { field code } } }`, {
        input: { accountId, score, recordedAt },
      });
      expect(data.recordAccountHealth.errors).toEqual([]);
    }
    return accountId;
  }

  it("raises one RENEWAL_AT_RISK CTA per account renewing within 90 days with declining health, once", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const atRisk = await accountWithHealth(manager, [80, 72, 65, 58], inDays(40));
    await accountWithHealth(manager, [70, 71, 69, 70], inDays(40));
    await accountWithHealth(manager, [80, 72, 65, 58], inDays(200));
    await accountWithHealth(manager, [30, 20, 10, 5], inDays(40), "CHURNED");

    const first = await manager.client.query(RUN);
    expect(first.runCtaRules).toEqual({ accountsChecked: 2, raised: 1, alreadyOpen: 0, inCooldown: 0, errors: [] });
    const { ctas } = await manager.client.query(`{ ctas(first: 10) { nodes { account { id } type reason source sourceRef priority playbook { name } tasks { title } } } }`);
    expect(ctas.nodes).toEqual([
      {
        account: { id: atRisk },
        type: "RENEWAL",
        reason: "RENEWAL_AT_RISK",
        source: "RULE",
        sourceRef: null,
        priority: "HIGH",
        playbook: { name: "Renewal at risk" },
        tasks: expect.arrayContaining([{ title: "Hold an executive sponsor call" }]),
      },
    ]);
    expect((await manager.client.query(RUN)).runCtaRules).toMatchObject({ raised: 0, alreadyOpen: 1 });
    expect(await ctaRowCount(org)).toBe(1);

    const rep = await org.user("rep");
    expect((await rep.client.raw(RUN)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("runs nightly from the schedule, once per due slot however many processes tick", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    await accountWithHealth(manager, [90, 80, 70, 60], inDays(10));
    const now = new Date();
    await ensureCtaRuleSchedule(stack.database.db, now);
    // Last night's 01:00 slot was missed (the process was down): it is due now.
    const [created] = await stack.database.db.select().from(schema.ctaRuleSchedule);
    expect(created!.nextRunAt.getUTCHours()).toBe(1);
    await stack.database.db.update(schema.ctaRuleSchedule).set({ nextRunAt: new Date(created!.nextRunAt.getTime() - DAY) });

    const [a, b] = await Promise.all([runDueCtaRules(stack.database.db, now), runDueCtaRules(stack.database.db, now)]);
    expect([a, b].filter((run) => run !== null)).toHaveLength(1);
    expect((a ?? b)!.raised).toBeGreaterThanOrEqual(1);
    const { ctas } = await manager.client.query(`{ ctas(first: 10) { nodes { reason priority } } }`);
    expect(ctas.nodes).toEqual([{ reason: "RENEWAL_AT_RISK", priority: "URGENT" }]);
    const [schedule] = await stack.database.db.select().from(schema.ctaRuleSchedule);
    expect(schedule!.nextRunAt).toEqual(created!.nextRunAt);
  });
});

describe("ctaEffectiveness", () => {
  const EFFECTIVENESS = `query($from: DateTime, $to: DateTime) {
    ctaEffectiveness(from: $from, to: $to) { type playbook { name } withSuccessfulCta { accounts renewed renewalRate } without { accounts renewed renewalRate } difference }
  }`;

  it("groups successfully closed CTAs by type and playbook, within the organization", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const accountId = await createAccount(rep);
    const { createCta } = await rep.client.query(CREATE, { input: { accountId, type: "RISK", reason: "CHURN_RISK_HIGH" } });
    expect((await rep.client.query(EFFECTIVENESS)).ctaEffectiveness).toEqual([]);
    await rep.client.query(CLOSE, { input: { ctaId: createCta.cta.id, reason: "RESOLVED_SUCCESS" } });
    // The account with the successful CTA renews; of two without one, one churns.
    const churned = await createAccount(rep);
    const stayed = await createAccount(rep);
    const OUTCOME = `mutation($input: RecordAccountOutcomeInput!) { recordAccountOutcome(input: $input) { errors { field code } } }`;
    for (const [id, outcome, key] of [
      [accountId, "RENEWED", "a"],
      [churned, "CHURNED", "b"],
      [stayed, "RENEWED", "c"],
    ]) {
      await new Promise((r) => setTimeout(r, 5));
      const r = await rep.client.query(OUTCOME, { input: { accountId: id, outcome, occurredAt: new Date().toISOString(), idempotencyKey: key } });
      expect(r.recordAccountOutcome.errors).toEqual([]);
    }
    expect((await rep.client.query(EFFECTIVENESS)).ctaEffectiveness).toEqual([
      {
        type: "RISK",
        playbook: { name: "Churn risk response" },
        withSuccessfulCta: { accounts: 1, renewed: 1, renewalRate: 1 },
        without: { accounts: 2, renewed: 1, renewalRate: 0.5 },
        difference: 0.5,
      },
    ]);
    const other = await (await stack.createOrg()).user("manager");
    expect((await other.client.query(EFFECTIVENESS)).ctaEffectiveness).toEqual([]);
    const bad = await rep.client.raw(EFFECTIVENESS, { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
  });
});
