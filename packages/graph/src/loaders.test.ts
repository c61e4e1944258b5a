import { describe, expect, it } from "vitest";
import { MAX_KEYS_PER_BATCH, batchLoader, groupLoader } from "./loaders";

describe("batch loaders", () => {
  it("split a large batch into statements of at most MAX_KEYS_PER_BATCH keys, far below PostgreSQL's 65,535 parameters", async () => {
    const sizes: number[] = [];
    const loader = batchLoader(
      async (keys: readonly number[]) => {
        sizes.push(keys.length);
        return keys.map((k) => ({ k }));
      },
      (row) => row.k,
    );
    const keys = Array.from({ length: 2500 }, (_, i) => i);
    const rows = await loader.loadMany(keys);
    expect(rows.map((r) => (r as { k: number }).k)).toEqual(keys);
    expect(sizes).toEqual([MAX_KEYS_PER_BATCH, MAX_KEYS_PER_BATCH, 500]);
    expect(MAX_KEYS_PER_BATCH).toBeLessThanOrEqual(1000);
  });

  it("split group loads the same way and keep each key's rows together", async () => {
    const sizes: number[] = [];
    const loader = groupLoader(
      async (keys: readonly number[]) => {
        sizes.push(keys.length);
        return keys.flatMap((k) => [{ k }, { k }]);
      },
      (row) => row.k,
    );
    const groups = await loader.loadMany(Array.from({ length: 1001 }, (_, i) => i));
    expect(sizes).toEqual([1000, 1]);
    expect(groups.every((g) => Array.isArray(g) && g.length === 2)).toBe(true);
  });
});
