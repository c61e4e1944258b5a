// Unit tests: the per-organization cache of the recommenders' model.
import { describe, expect, it } from "vitest";
import { FingerprintCache } from "./catalog-cache";

describe("FingerprintCache", () => {
  it("builds once per key while the fingerprint holds, and again when it changes or the entry is too old", async () => {
    let clock = 0;
    let builds = 0;
    const cache = new FingerprintCache<number>(1000, 10, () => clock);
    const build = async () => ++builds;
    expect(await cache.get("org-a", "f1", build)).toBe(1);
    expect(await cache.get("org-a", "f1", build)).toBe(1);
    expect(await cache.get("org-b", "f1", build)).toBe(2);
    expect(await cache.get("org-a", "f2", build)).toBe(3);
    clock = 999;
    expect(await cache.get("org-a", "f2", build)).toBe(3);
    clock = 1000;
    expect(await cache.get("org-a", "f2", build)).toBe(4);
  });

  it("does not keep a failed build, and forgets the least recently used key beyond its size", async () => {
    const cache = new FingerprintCache<string>(60_000, 2);
    await expect(cache.get("a", "f", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("a", "f", async () => "built again")).toBe("built again");
    await cache.get("b", "f", async () => "b");
    await cache.get("a", "f", async () => "not rebuilt");
    await cache.get("c", "f", async () => "c");
    expect(await cache.get("a", "f", async () => "rebuilt")).toBe("built again");
    expect(await cache.get("b", "f", async () => "rebuilt b")).toBe("rebuilt b");
  });
});
