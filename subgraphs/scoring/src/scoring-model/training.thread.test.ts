// Unit tests: training threads load their TypeScript entry, yield what the computation yields, are
// reused across retrainings and end when idle, and turn a crash into an error without poisoning the next retraining.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { generateSyntheticOrg } from "../model/synthetic";
import { computeTraining, type TrainingInput, type TrainingOutput } from "./training.compute";
import { TrainingThreads } from "./training.thread";

const NOW = new Date("2025-06-01T00:00:00Z");

function input(): TrainingInput {
  const reps = generateSyntheticOrg({
    seed: 7,
    now: NOW,
    reps: [
      { pattern: "propertyViews", trainSize: 40 },
      { pattern: "email", trainSize: 40 },
    ],
    testSize: 0,
  });
  const leads = reps.flatMap((r) => r.train.map((l) => ({ assignedToId: r.repId, facts: l.facts })));
  return { leads, userIds: [...reps.map((r) => r.repId), "rep-without-leads"], previousOrg: null, previousByRep: {}, now: NOW };
}

/** An input the stand-in workers below read only `userIds` from. */
function asking(...userIds: string[]): TrainingInput {
  return { leads: [], userIds, previousOrg: null, previousByRep: {}, now: NOW };
}

async function collect(outputs: AsyncIterable<TrainingOutput>): Promise<TrainingOutput[]> {
  const all: TrainingOutput[] = [];
  for await (const output of outputs) all.push(output);
  return all;
}

/** A worker script with this body, written to a temporary file. */
function script(body: string): URL {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "training-thread-")), "worker.mjs");
  writeFileSync(file, body);
  return pathToFileURL(file);
}

/**
 * A stand-in worker that answers each input with one result naming the thread it ran on, then
 * `done`. On an input asking for "fail" it answers one result and reports the computation's
 * error, as the real worker does; it throws (crashes) on "throw", exits with code 3 on "exit",
 * and never answers "hang".
 */
const STAND_IN = script(`
import { parentPort, threadId } from "node:worker_threads";
parentPort.on("message", ({ userIds }) => {
  if (userIds[0] === "exit") process.exit(3);
  if (userIds[0] === "throw") throw new Error("out of cheese");
  if (userIds[0] === "fail") {
    parentPort.postMessage({ kind: "rep", userId: "before the error", trained: null });
    parentPort.postMessage({ kind: "failed", message: "out of cheese" });
    return;
  }
  if (userIds[0] === "hang") return;
  parentPort.postMessage({ kind: "rep", userId: String(threadId), trained: null });
  parentPort.postMessage({ kind: "done" });
});
`);

/** The id of the thread a stand-in worker answered on. */
async function threadOf(threads: TrainingThreads): Promise<string> {
  const [output] = await collect(threads.train(asking("who")));
  return output!.kind === "rep" ? output!.userId : "";
}

/** Resolves once `threads` has no thread left, or fails after `ms`. */
async function drained(threads: TrainingThreads, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (threads.size > 0) {
    if (Date.now() > until) throw new Error(`${threads.size} thread(s) still running after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let opened: TrainingThreads[] = [];
/** Threads for one test, stopped after it. */
function threads(options: ConstructorParameters<typeof TrainingThreads>[0] = {}): TrainingThreads {
  const created = new TrainingThreads(options);
  opened.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(opened.map((t) => t.close()));
  opened = [];
});

describe("training in a worker thread", () => {
  it("yields the organization's result, then each rep's in order, exactly as the computation does in-process, on every reuse of the thread", async () => {
    const data = input();
    const pool = threads();
    const first = await collect(pool.train(data));
    expect(first.map((o) => (o.kind === "org" ? "org" : o.userId))).toEqual(["org", ...data.userIds]);
    expect(first.at(-1)).toMatchObject({ kind: "rep", userId: "rep-without-leads", trained: null });
    expect(first).toEqual([...computeTraining(data)]);
    // The same thread takes a second input: results as before, and no second thread.
    expect(await collect(pool.train(data))).toEqual(first);
    expect(pool.size).toBe(1);
  });

  it("finishes every one of several retrainings started at once (they share the process's training threads)", async () => {
    const data = { ...input(), userIds: [] };
    const pool = threads({ maxThreads: 2 });
    const runs = await Promise.all([1, 2, 3].map(() => collect(pool.train(data))));
    expect(runs.map((outputs) => outputs.map((o) => o.kind))).toEqual([["org"], ["org"], ["org"]]);
    expect(pool.size).toBeLessThanOrEqual(2);
  });

  it("runs one retraining after another on the same thread", async () => {
    const pool = threads({ entry: STAND_IN });
    const first = await threadOf(pool);
    expect(await threadOf(pool)).toBe(first);
    expect(pool.size).toBe(1);
  });

  it("queues retrainings started at once beyond the cap, and runs them on the one thread it allows", async () => {
    const pool = threads({ entry: STAND_IN, maxThreads: 1 });
    const ids = await Promise.all([1, 2, 3].map(() => threadOf(pool)));
    expect(new Set(ids).size).toBe(1);
    expect(pool.size).toBe(1);
  });

  it("ends a thread left idle for the idle time, and starts a new one for the next retraining", async () => {
    const pool = threads({ entry: STAND_IN, idleMs: 100 });
    const first = await threadOf(pool);
    expect(pool.size).toBe(1);
    await drained(pool, 5_000);
    expect(await threadOf(pool)).not.toBe(first);
  });

  it("keeps a thread that gets work within the idle time", async () => {
    const pool = threads({ entry: STAND_IN, idleMs: 1_000 });
    const first = await threadOf(pool);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await threadOf(pool)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The second retraining restarted the idle clock: 1.1 s after the first, the thread is still there.
    expect(pool.size).toBe(1);
  });

  it("ends with the computation's error after the results before it, and runs the next retraining on a fresh thread", async () => {
    const pool = threads({ entry: STAND_IN });
    const before = await threadOf(pool);
    const seen: TrainingOutput[] = [];
    await expect(
      (async () => {
        for await (const output of pool.train(asking("fail"))) seen.push(output);
      })(),
    ).rejects.toThrow("out of cheese");
    expect(seen).toEqual([{ kind: "rep", userId: "before the error", trained: null }]);
    expect(await threadOf(pool)).not.toBe(before);
    expect(pool.size).toBe(1);
  });

  it("ends with the error of a worker that crashes, and the next retraining succeeds on a fresh thread", async () => {
    const pool = threads({ entry: STAND_IN });
    const before = await threadOf(pool);
    await expect(collect(pool.train(asking("throw")))).rejects.toThrow("out of cheese");
    expect(await threadOf(pool)).not.toBe(before);
    expect(pool.size).toBe(1);
  });

  it("ends with an error when the worker exits before finishing, and the next retraining succeeds", async () => {
    const pool = threads({ entry: STAND_IN });
    await expect(collect(pool.train(asking("exit")))).rejects.toThrow("exit code 3");
    expect(await threadOf(pool)).toMatch(/^\d+$/);
    expect(pool.size).toBe(1);
  });

  it("stops its threads on close, ending a retraining still running with an error", async () => {
    const pool = threads({ entry: STAND_IN });
    await threadOf(pool);
    const running = collect(pool.train(asking("hang")));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pool.close();
    await expect(running).rejects.toThrow("stopped before finishing");
    expect(pool.size).toBe(0);
  });
});
