import { describe, expect, it } from "vitest";
import { InFlight } from "./in-flight";

/** A computation that waits until released, recording the keys it was called with. */
function gated() {
  const calls: string[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const compute = async (keys: string[]) => {
    calls.push(keys);
    await gate;
    return new Map(keys.filter((key) => key !== "hidden").map((key) => [key, `value of ${key}`]));
  };
  return { calls, compute, release };
}

describe("InFlight.share", () => {
  it("computes a key under way once: a second caller waits for the first's result", async () => {
    const inFlight = new InFlight<string>();
    const { calls, compute, release } = gated();
    const first = inFlight.share(["a", "b"], compute);
    const second = inFlight.share(["b", "c"], compute);
    expect(calls).toEqual([["a", "b"], ["c"]]);
    release();
    expect(await second.get("b")).toBe("value of b");
    expect(await second.get("c")).toBe("value of c");
    expect(await first.get("a")).toBe("value of a");
    expect(inFlight.size).toBe(0);
  });

  it("asks nothing when every key is under way, and once for a key listed twice", async () => {
    const inFlight = new InFlight<string>();
    const { calls, compute, release } = gated();
    inFlight.share(["a", "a"], compute);
    inFlight.share(["a"], compute);
    expect(calls).toEqual([["a"]]);
    release();
  });

  it("resolves a key the computation left out to undefined", async () => {
    const inFlight = new InFlight<string>();
    const { compute, release } = gated();
    const results = inFlight.share(["hidden", "a"], compute);
    release();
    expect(await results.get("hidden")).toBeUndefined();
    expect(await results.get("a")).toBe("value of a");
  });

  it("hands a failure to every waiter and forgets the keys, so the next caller computes again", async () => {
    const inFlight = new InFlight<string>();
    let fail!: (error: Error) => void;
    const failing = () => new Promise<Map<string, string>>((_, reject) => (fail = reject));
    const first = inFlight.share(["a"], failing);
    const second = inFlight.share(["a"], failing);
    fail(new Error("database gone"));
    await expect(first.get("a")).rejects.toThrow("database gone");
    await expect(second.get("a")).rejects.toThrow("database gone");
    expect(inFlight.size).toBe(0);
    const again = inFlight.share(["a"], async (keys) => new Map(keys.map((key) => [key, "recomputed"])));
    expect(await again.get("a")).toBe("recomputed");
  });
});
