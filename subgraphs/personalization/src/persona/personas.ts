/**
 * Personas: k-means (k-means++ starts, the best of several seeded restarts) on standardized
 * behavioural features, with k chosen from 2 to 8 by the highest mean silhouette on a fixed
 * sample; then each persona is named and described from its centroid. Pure: no database, no clock.
 */
import { kmeans } from "ml-kmeans";
import type { PersonaModelData } from "@revgraph/db/schema";
import { mulberry32 } from "@revgraph/learning";
import { silhouette, squaredDistance } from "./clustering-metrics";
import { modelFeatures, PERSONA_FEATURES } from "./persona-features";

/** Fewer profiles than this and no personas are learned. */
export const MIN_PROFILES = 30;
export const K_RANGE = [2, 8] as const;
const RESTARTS = 4;
const SILHOUETTE_SAMPLE = 800;
const SEED = 20_240_917;

export interface PersonaFitOptions {
  kMin?: number;
  kMax?: number;
  seed?: number;
}

/** Fits personas to the customers' raw feature rows (see persona-features.ts); null when there are too few customers. */
export function fitPersonas(rawRows: readonly number[][], options: PersonaFitOptions = {}): PersonaModelData | null {
  if (rawRows.length < MIN_PROFILES) return null;
  const kMin = options.kMin ?? K_RANGE[0];
  const kMax = Math.min(options.kMax ?? K_RANGE[1], Math.floor(rawRows.length / 5));
  const seed = options.seed ?? SEED;
  const modelRows = rawRows.map(modelFeatures);
  const d = PERSONA_FEATURES.length;
  const means = Array.from({ length: d }, (_, j) => mean(modelRows.map((r) => r[j])));
  const scales = Array.from({ length: d }, (_, j) => Math.sqrt(mean(modelRows.map((r) => (r[j] - means[j]) ** 2))) || 1);
  const points = modelRows.map((r) => r.map((x, j) => (x - means[j]) / scales[j]));
  const sample = sampleIndices(points.length, SILHOUETTE_SAMPLE, seed);
  const samplePoints = sample.map((i) => points[i]);

  let best: { k: number; score: number; centroids: number[][]; labels: number[] } | null = null;
  const silhouettes: { k: number; silhouette: number }[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const { centroids, labels } = bestOfRestarts(points, k, seed);
    const score = silhouette(
      samplePoints,
      sample.map((i) => labels[i]),
    );
    silhouettes.push({ k, silhouette: score });
    if (!best || score > best.score) best = { k, score, centroids, labels };
  }
  if (!best) return null;
  const sizes = new Array<number>(best.k).fill(0);
  const sums = Array.from({ length: best.k }, () => new Array<number>(d).fill(0));
  best.labels.forEach((label, i) => {
    sizes[label]++;
    rawRows[i].forEach((x, j) => (sums[label][j] += x));
  });
  return {
    format: 1,
    features: PERSONA_FEATURES.map((f) => f.name),
    means,
    scales,
    centroids: best.centroids,
    sizes,
    averages: sums.map((row, c) => row.map((x) => x / Math.max(1, sizes[c]))),
    overall: Array.from({ length: d }, (_, j) => mean(rawRows.map((r) => r[j]))),
    silhouettes,
  };
}

/** The persona (index) whose centroid is nearest to the customer's standardized features. */
export function assignPersona(model: PersonaModelData, raw: readonly number[]): number {
  const point = modelFeatures(raw).map((x, j) => (x - model.means[j]) / model.scales[j]);
  return nearest(model.centroids, point);
}

/** k-means from several seeded k-means++ starts; the lowest within-cluster sum of squares wins. */
function bestOfRestarts(points: number[][], k: number, seed: number): { centroids: number[][]; labels: number[] } {
  let best: { centroids: number[][]; labels: number[]; inertia: number } | null = null;
  for (let r = 0; r < RESTARTS; r++) {
    const result = kmeans(points, k, { initialization: "kmeans++", seed: seed + 7919 * r + k, maxIterations: 100 });
    const inertia = result.clusters.reduce((sum, c, i) => sum + squaredDistance(points[i], result.centroids[c]), 0);
    if (!best || inertia < best.inertia) best = { centroids: result.centroids, labels: result.clusters, inertia };
  }
  // Relabel by size, largest first, so persona 0 is the most common one.
  const sizes = new Array<number>(k).fill(0);
  for (const c of best!.labels) sizes[c]++;
  const order = sizes
    .map((n, c) => [n, c])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  return { centroids: order.map((c) => best!.centroids[c]), labels: best!.labels.map((c) => rank.get(c)!) };
}

function nearest(centroids: readonly number[][], point: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  centroids.forEach((c, i) => {
    const distance = squaredDistance(c, point);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

/** A fixed pseudo-random sample of indices (all of them when there are fewer than `size`). */
function sampleIndices(n: number, size: number, seed: number): number[] {
  const indices = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return indices;
  const rng = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, size).sort((a, b) => a - b);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}
