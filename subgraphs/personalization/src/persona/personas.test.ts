import { describe, expect, it } from "vitest";
import { mulberry32 } from "@revgraph/learning";
import { adjustedRandIndex, silhouette } from "./clustering-metrics";
import { rawFeatures } from "./persona-features";
import { describePersonas } from "./persona-naming";
import { simulatePersonaProfiles } from "./persona-simulate";
import { assignPersona, fitPersonas } from "./personas";

const NOW = new Date("2026-03-01T00:00:00Z");

describe("clustering metrics", () => {
  it("scores identical partitions 1 whatever the label names, and a chance labelling near 0", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
    const rng = mulberry32(1);
    const truth = Array.from({ length: 2000 }, (_, i) => i % 4);
    const random = truth.map(() => Math.floor(rng() * 4));
    expect(Math.abs(adjustedRandIndex(truth, random))).toBeLessThan(0.02);
  });

  it("gives well separated clusters a silhouette near 1 and mixed ones near 0", () => {
    const points = [
      [0, 0],
      [0, 0.1],
      [10, 10],
      [10, 10.1],
    ];
    expect(silhouette(points, [0, 0, 1, 1])).toBeGreaterThan(0.95);
    expect(silhouette(points, [0, 1, 0, 1])).toBeLessThan(0);
  });
});

describe("personas", () => {
  const planted = simulatePersonaProfiles(800, NOW);
  const rows = planted.map((p) => rawFeatures(p.profile, NOW));

  it("recovers four planted personas: k = 4 by silhouette, and an adjusted Rand index above 0.8", () => {
    const model = fitPersonas(rows)!;
    expect(model.centroids).toHaveLength(4);
    expect(model.silhouettes.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const labels = rows.map((r) => assignPersona(model, r));
    expect(
      adjustedRandIndex(
        planted.map((p) => p.truth),
        labels,
      ),
    ).toBeGreaterThan(0.8);
  });

  it("names each persona from its centroid: the gone-quiet customers are named for their silence", () => {
    const model = fitPersonas(rows)!;
    const views = describePersonas(model);
    const quietIndex = assignPersona(model, rows[2]); // truth 2: gone quiet
    const quiet = views[quietIndex];
    expect(quiet.traits[0].feature === "daysSinceActive" || quiet.traits[1].feature === "daysSinceActive").toBe(true);
    expect(quiet.name.toLowerCase()).toContain("gone quiet");
    expect(quiet.description).toMatch(/^\d+ customers \(\d+%\), set apart by/);
    expect(new Set(views.map((v) => v.name)).size).toBe(views.length);
  });

  it("learns nothing from too few profiles and is the same on a second fit", () => {
    expect(fitPersonas(rows.slice(0, 10))).toBeNull();
    expect(fitPersonas(rows)).toEqual(fitPersonas(rows));
  });
});
