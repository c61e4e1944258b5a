import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { seedDemoData } from "../scripts/seed/load";
import { DEMO_SEGMENTS } from "../scripts/seed/generate-segments";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(stack.database.db, { now: new Date() });
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

const PERSONAS = `{ personas { k profiles silhouettes { k silhouette } personas { index name description size share traits { feature label strength average overallAverage }
  roi { members buyers revenue won lost conversionRate averageLifetimeValue } } } }`;

describe("the demo's segments, lists and personas through the gateway", () => {
  it("learns personas with k chosen by the highest silhouette, names them from their centroids, and their ROI covers every profile", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    const { personas } = await rep.query(PERSONAS);
    expect(personas.silhouettes.map((s: { k: number }) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...personas.silhouettes.map((s: { silhouette: number }) => s.silhouette));
    expect(personas.silhouettes.find((s: { k: number }) => s.k === personas.k).silhouette).toBe(best);
    expect(personas.personas).toHaveLength(personas.k);
    expect(new Set(personas.personas.map((p: { name: string }) => p.name)).size).toBe(personas.k);
    const members = personas.personas.reduce((sum: number, p: { roi: { members: number } }) => sum + p.roi.members, 0);
    expect(members).toBe(personas.profiles);
    for (const persona of personas.personas) {
      // The name is made of the labels of its strongest traits.
      expect(persona.name.toLowerCase()).toContain(persona.traits[0].label.toLowerCase());
      expect(Math.abs(persona.traits[0].strength)).toBeGreaterThanOrEqual(Math.abs(persona.traits.at(-1).strength));
    }
    // Won leads are not spread evenly: the personas differ in conversion rate.
    const rates = personas.personas.map((p: { roi: { conversionRate: number | null } }) => p.roi.conversionRate).filter((r: number | null) => r != null);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
    // A second request reuses the stored model.
    expect((await rep.query(`{ personas { k profiles } }`)).personas).toEqual({ k: personas.k, profiles: personas.profiles });
  });

  it("puts a profile in a persona and in the saved segments it matches", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    const { hotLeads } = await rep.query(`{ hotLeads(filter: { activeWithinDays: 14 }, first: 1) { totalCount nodes { leadId persona { name index } segments { name } } } }`);
    expect(hotLeads.totalCount).toBeGreaterThan(0);
    const [profile] = hotLeads.nodes;
    expect(profile.persona.name).toEqual(expect.any(String));
    expect(profile.segments.map((s: { name: string }) => s.name)).toContain("Hot, active this fortnight");
  });

  it("shows the demo's saved segments with live counts and ROI, and non-empty lists", async () => {
    const rep = await stack.as({ userId: "rep-alice", organizationId: "org-acme-realty" });
    const { segments } = await rep.query(`{ segments { name memberCount roi { members buyers revenue conversionRate averageLifetimeValue } } }`);
    expect(segments.map((s: { name: string }) => s.name).sort()).toEqual(DEMO_SEGMENTS.map((s) => s.name).sort());
    for (const segment of segments) {
      expect(segment.memberCount).toBeGreaterThan(0);
      expect(segment.roi.members).toBe(segment.memberCount);
    }
    const buyers = segments.find((s: { name: string }) => s.name === "Buyers");
    expect(buyers.roi.buyers).toBe(buyers.memberCount);
    expect(buyers.roi.averageLifetimeValue).toBeGreaterThan(0);
    const lists = await rep.query(
      `{ hotLeads(filter: { activeWithinDays: 14 }) { totalCount } stuckLeads { totalCount } highIntentWithoutSiteVisit { totalCount } repeatViewers { totalCount } }`,
    );
    for (const list of Object.values(lists) as { totalCount: number }[]) expect(list.totalCount).toBeGreaterThan(0);
  });

  it("estimates purchase timing for the demo's open leads: among leads under 30 days old, those in decision are likelier to be won within 90 days than those in awareness", async () => {
    // The other demo organization, so the segments created here leave the first one's list as seeded.
    const rep = await stack.as({ userId: "rep-grace", organizationId: "org-summit-homes" });
    const young = async (stage: string) => {
      const { createSegment } = await rep.query(
        `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { members(first: 100) { nodes { lead { createdAt }
          purchaseTiming { probabilityWithin30Days probabilityWithin90Days } } } } errors { code } } }`,
        { input: { name: `Open in ${stage}`, filter: { stages: [stage], statuses: ["NEW", "CONTACTED", "QUALIFIED"], activeWithinDays: 30 } } },
      );
      expect(createSegment.errors).toEqual([]);
      const nodes = createSegment.segment.members.nodes as { lead: { createdAt: string }; purchaseTiming: { probabilityWithin30Days: number; probabilityWithin90Days: number } }[];
      return nodes.filter((n) => Date.now() - Date.parse(n.lead.createdAt) < 30 * 86_400_000).map((n) => n.purchaseTiming);
    };
    const mean = (timings: { probabilityWithin90Days: number }[]) => timings.reduce((s, t) => s + t.probabilityWithin90Days, 0) / timings.length;
    const decision = await young("decision");
    const awareness = await young("awareness");
    expect(decision.length).toBeGreaterThan(5);
    expect(awareness.length).toBeGreaterThan(5);
    for (const t of [...decision, ...awareness]) expect(t.probabilityWithin30Days).toBeLessThanOrEqual(t.probabilityWithin90Days);
    expect(mean(decision)).toBeGreaterThan(mean(awareness));
  });

  it("gives an organization without enough profiles no personas, and never another organization's", async () => {
    const outsider = await (await stack.createOrg()).user();
    expect(await outsider.client.query(`{ personas { k } segments { id } }`)).toEqual({ personas: null, segments: [] });
  });
});
