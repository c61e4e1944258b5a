import { describe, expect, it } from "vitest";
import type { ActivityRow, SalesLeadRow } from "../lead/lead-facts.repository";
import type { LeadLoaders } from "../lead/lead.loaders";
import type { NewPredictionRow, PredictionExtras, PredictionRepository, PredictionRow } from "./prediction.repository";
import { InFlight } from "./in-flight";
import { FINGERPRINT_PREFIX, PredictionService } from "./prediction.service";
import { DEFAULT_MODEL, type ActiveModel, type ServingModel } from "./predictor";

const NOW = new Date("2026-06-01T12:00:00Z");
const SERVING: ServingModel = { key: "model-1", version: "org-v1", level: "organization" };

const fingerprintOf = (leadId: string) => `fp-${leadId}`;

function lead(id: string): SalesLeadRow {
  const created = new Date("2026-05-20T09:00:00Z");
  return { id, status: "NEW", source: "web", attributes: {}, assignedToId: "rep-1", createdAt: created, updatedAt: created, closedAt: null };
}

function cachedRow(l: SalesLeadRow, predictedAt: Date): PredictionRow {
  return {
    id: `p-${l.id}`,
    organizationId: "org-1",
    leadId: l.id,
    modelKey: SERVING.key,
    modelVersion: SERVING.version,
    kind: "CONVERSION",
    fingerprint: FINGERPRINT_PREFIX + fingerprintOf(l.id),
    probability: 0.42,
    confidence: "MEDIUM",
    personalized: false,
    reasoning: "cached",
    actionPriority: "MEDIUM",
    predictedAt,
  };
}

function serviceOver(
  leads: SalesLeadRow[],
  cached: PredictionRow[],
  extras: PredictionExtras = { factors: 0, actions: false },
  shared: { inFlight?: InFlight<never>; beforeWrite?: Promise<void> } = {},
) {
  const modelReads: string[] = [];
  const primed: string[] = [];
  const factReads: string[] = [];
  const written: NewPredictionRow[] = [];
  const byId = new Map(leads.map((l) => [l.id, l]));
  const loaders = {
    salesLead: {
      loadMany: async (ids: readonly string[]) => {
        factReads.push(...ids);
        return ids.map((id) => byId.get(id) ?? null);
      },
    },
    activities: { loadMany: async (ids: readonly string[]) => ids.map((): ActivityRow[] => []) },
  } as unknown as LeadLoaders;
  const repo = {
    byLeads: async (key: string, ids: readonly string[], asked: typeof extras) =>
      cached
        .filter((row) => row.modelKey === key && ids.includes(row.leadId))
        .map((row) => ({ ...row, ...(asked.factors ? { factors: [], factorsComplete: true } : {}), ...(asked.actions ? { actions: null } : {}) })),
    upsertMany: async (rows: NewPredictionRow[]) => {
      await shared.beforeWrite;
      written.push(...rows);
      return rows.map((row, i) => ({ ...row, id: `new-${i}`, organizationId: "org-1" }) as PredictionRow);
    },
  } as unknown as PredictionRepository;
  const service = new PredictionService(
    repo,
    loaders,
    async () => SERVING,
    async () => {
      modelReads.push(SERVING.key);
      // The default weights stand in for the serving model here: what matters is whether it is read.
      return { ...DEFAULT_MODEL, key: SERVING.key } as ActiveModel;
    },
    async () => {
      modelReads.push("evidence");
      return null;
    },
    { clear: () => undefined, prime: (id) => primed.push(`factors ${id}`) },
    { clear: () => undefined, prime: (id) => primed.push(`actions ${id}`) },
    async (ids) => new Map(ids.filter((id) => byId.has(id)).map((id) => [id, fingerprintOf(id)])),
    () => extras,
    () => NOW,
    shared.inFlight ?? new InFlight(),
  );
  return { service, modelReads, factReads, written, primed };
}

describe("PredictionService.forLeads", () => {
  it("serves a page of fresh cached predictions without reading the model, its evidence or the leads' facts (only needed to compute one)", async () => {
    const leads = [lead("a"), lead("b"), lead("c")];
    const { service, modelReads, factReads, written } = serviceOver(
      leads,
      leads.map((l) => cachedRow(l, new Date(NOW.getTime() - 60_000))),
    );
    const rows = await service.forLeads(["a", "b", "c"]);
    expect(rows.map((r) => r?.probability)).toEqual([0.42, 0.42, 0.42]);
    expect(modelReads).toEqual([]);
    expect(factReads).toEqual([]);
    expect(written).toEqual([]);
  });

  it("reads the model and its evidence once for the predictions a page must compute (none cached, or a changed fingerprint), and stores them with their actions", async () => {
    const leads = [lead("a"), lead("b"), lead("c")];
    const { service, modelReads, factReads, written } = serviceOver(leads, [cachedRow(leads[0]!, NOW), { ...cachedRow(leads[2]!, NOW), fingerprint: "before-an-activity" }]);
    const rows = await service.forLeads(["a", "b", "c", "missing"]);
    expect(modelReads).toEqual(["model-1", "evidence"]);
    expect(factReads).toEqual(["b", "c"]);
    expect(written.map((w) => [w.leadId, w.modelKey])).toEqual([
      ["b", "model-1"],
      ["c", "model-1"],
    ]);
    expect(rows.map((r) => r?.leadId ?? null)).toEqual(["a", "b", "c", null]);
    expect(written.map((w) => [w.fingerprint, w.actions?.[0]?.action])).toEqual([
      [`${FINGERPRINT_PREFIX}fp-b`, "NURTURE"],
      [`${FINGERPRINT_PREFIX}fp-c`, "NURTURE"],
    ]);
  });

  it("hands a cached page's factors and actions, read with the rows when the request asks for them, to their loaders", async () => {
    const leads = [lead("a"), lead("b")];
    const rows = leads.map((l) => cachedRow(l, NOW));
    const both = serviceOver(leads, rows, { factors: 5, actions: true });
    const served = await both.service.forLeads(["a", "b"]);
    expect(both.primed).toEqual(["factors p-a", "actions p-a", "factors p-b", "actions p-b"]);
    expect(served[0]).not.toHaveProperty("factors");
    const actionsOnly = serviceOver(leads, rows, { factors: 0, actions: true });
    await actionsOnly.service.forLeads(["a", "b"]);
    expect(actionsOnly.primed).toEqual(["actions p-a", "actions p-b"]);
    const neither = serviceOver(leads, rows);
    await neither.service.forLeads(["a", "b"]);
    expect(neither.primed).toEqual([]);
  });

  it("computes a prediction once when concurrent requests find it stale together (after a retraining), and serves both", async () => {
    const leads = [lead("a"), lead("b")];
    const inFlight = new InFlight<never>();
    let release!: () => void;
    const beforeWrite = new Promise<void>((resolve) => (release = resolve));
    const first = serviceOver(leads, [], { factors: 5, actions: true }, { inFlight, beforeWrite });
    const second = serviceOver(leads, [], { factors: 5, actions: true }, { inFlight });
    const served = Promise.all([first.service.forLeads(["a", "b"]), second.service.forLeads(["b", "a"])]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const [one, two] = await served;
    expect(first.written.map((w) => w.leadId)).toEqual(["a", "b"]);
    expect(second.written).toEqual([]);
    expect(second.factReads).toEqual([]);
    expect(two.map((row) => row?.leadId)).toEqual(["b", "a"]);
    expect(two[0]).toBe(one[1]);
    // The waiting request's own loaders get the factors and actions, as if it had computed them.
    expect(second.primed.sort()).toEqual(["actions new-0", "actions new-1", "factors new-0", "factors new-1"]);
    expect(inFlight.size).toBe(0);
  });

  it("recomputes a cached prediction older than its time to live", async () => {
    const leads = [lead("a")];
    const { service, written } = serviceOver(leads, [cachedRow(leads[0]!, new Date(NOW.getTime() - 7 * 3_600_000))]);
    await service.forLeads(["a"]);
    expect(written.map((w) => w.leadId)).toEqual(["a"]);
  });

  it("recomputes a cached prediction stored by older code, whose actions were ranked by the old rule", async () => {
    const leads = [lead("a"), lead("b")];
    const { service, written } = serviceOver(leads, [cachedRow(leads[0]!, NOW), { ...cachedRow(leads[1]!, NOW), fingerprint: fingerprintOf("b") }]);
    await service.forLeads(["a", "b"]);
    expect(written.map((w) => [w.leadId, w.fingerprint])).toEqual([["b", `${FINGERPRINT_PREFIX}fp-b`]]);
  });
});
