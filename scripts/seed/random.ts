/** A small seeded PRNG (mulberry32) with the draws the demo-data generator needs. */

export type Rng = ReturnType<typeof createRng>;

/** mulberry32: 32-bit state, returns uint32s; tiny, fast and good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function createRng(seed: number) {
  const next = mulberry32(seed);
  const float = (): number => next() / 4294967296;
  const hex = (n: number): string => n.toString(16).padStart(8, "0");

  const rng = {
    /** Uniform in [0, 1). */
    float,
    uint32: next,
    /** Uniform in [min, max). */
    range: (min: number, max: number): number => min + (max - min) * float(),
    /** Integer in [min, max], both inclusive. */
    int: (min: number, max: number): number => min + Math.floor(float() * (max - min + 1)),
    chance: (p: number): boolean => float() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(float() * items.length)],
    /** Picks by relative weight from [item, weight] pairs. */
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = float() * total;
      for (const [item, w] of items) {
        roll -= w;
        if (roll < 0) return item;
      }
      return items[items.length - 1][0];
    },
    /** Standard normal (Box-Muller). */
    normal: (): number => {
      const u = 1 - float();
      const v = float();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    /** Poisson by Knuth's method for small means, normal approximation above 30. */
    poisson: (mean: number): number => {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = float();
      while (p > limit) {
        k += 1;
        p *= float();
      }
      return k;
    },
    /** A Fisher-Yates shuffled copy. */
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(float() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** `count` distinct items in random order. */
    sample: <T>(items: readonly T[], count: number): T[] => rng.shuffle(items).slice(0, count),
    /** A version-4-format UUID drawn from this generator. */
    uuid: (): string => {
      const a = next();
      const b = ((next() & 0xffff0fff) | 0x00004000) >>> 0;
      const c = ((next() & 0x3fffffff) | 0x80000000) >>> 0;
      const d = next();
      const h = hex(a) + hex(b) + hex(c) + hex(d);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
  return rng;
}

/** Derives an independent stream seed from a base seed and a label. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
