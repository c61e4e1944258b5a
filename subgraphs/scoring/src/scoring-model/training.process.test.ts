// Unit tests: a retraining's child process loads its TypeScript entry, yields what the computation
// yields, is gone when the retraining ends, and turns a crash into an error without touching the next retraining.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { generateSyntheticOrg } from "../model/synthetic";
import { computeTraining, type TrainingInput, type TrainingOutput } from "./training.compute";
import { TrainingProcesses, type TrainingProcessOptions } from "./training.process";

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

/** An input the stand-in child below reads only `userIds` from. */
function asking(...userIds: string[]): TrainingInput {
  return { leads: [], userIds, previousOrg: null, previousByRep: {}, now: NOW };
}

async function collect(outputs: AsyncIterable<TrainingOutput>): Promise<TrainingOutput[]> {
  const all: TrainingOutput[] = [];
  for await (const output of outputs) all.push(output);
  return all;
}

/** A child script with this body, written to a temporary file. */
function script(body: string): URL {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "training-process-")), "child.mjs");
  writeFileSync(file, body);
  return pathToFileURL(file);
}

/**
 * A stand-in child that answers its input with one result naming its pid, then `done` (after
 * 200 ms when asked for "slow"). On "fail" it answers one result and reports the computation's
 * error, as the real child does; it throws (crashes) on "throw", exits with code 3 on "exit",
 * answers one result and then nothing on "stall", and never answers "hang".
 */
const STAND_IN = script(`
const result = (userId) => process.send({ kind: "rep", userId, trained: null });
process.once("message", ({ userIds: [ask] }) => {
  if (ask === "exit") process.exit(3);
  if (ask === "throw") throw new Error("out of cheese");
  if (ask === "hang") return;
  if (ask === "stall") return result("before the stall");
  if (ask === "fail") {
    result("before the error");
    process.send({ kind: "failed", message: "out of cheese" });
    return;
  }
  setTimeout(() => {
    result(String(process.pid));
    process.send({ kind: "done" });
  }, ask === "slow" ? 200 : 0);
});
`);

/** The pid of the stand-in child that answered. */
async function pidOf(pool: TrainingProcesses, ask = "who"): Promise<number> {
  const [output] = await collect(pool.train(asking(ask)));
  return Number(output!.kind === "rep" ? output!.userId : Number.NaN);
}

/** Whether a process with this pid is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let opened: TrainingProcesses[] = [];
/** Training processes for one test, ended after it. */
function processes(options: TrainingProcessOptions = {}): TrainingProcesses {
  const created = new TrainingProcesses(options);
  opened.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(opened.map((p) => p.close()));
  opened = [];
});

describe("training in a child process", () => {
  it("yields the organization's result, then each rep's in order, exactly as the computation does in-process", async () => {
    const data = input();
    const outputs = await collect(processes().train(data));
    expect(outputs.map((o) => (o.kind === "org" ? "org" : o.userId))).toEqual(["org", ...data.userIds]);
    expect(outputs.at(-1)).toMatchObject({ kind: "rep", userId: "rep-without-leads", trained: null });
    expect(outputs).toEqual([...computeTraining(data)]);
  });

  it("finishes every one of several retrainings started at once (they share the subgraph's training slots)", async () => {
    const data = { ...input(), userIds: [] };
    const pool = processes({ maxProcesses: 2 });
    const runs = await Promise.all([1, 2, 3].map(() => collect(pool.train(data))));
    expect(runs.map((outputs) => outputs.map((o) => o.kind))).toEqual([["org"], ["org"], ["org"]]);
    expect(pool.size).toBe(0);
  });

  it("runs each retraining in a process of its own that is gone once the retraining ends", async () => {
    const pool = processes({ entry: STAND_IN });
    const first = await pidOf(pool);
    expect(running(first)).toBe(false);
    const second = await pidOf(pool);
    expect(second).not.toBe(first);
    expect(running(second)).toBe(false);
    expect(pool.size).toBe(0);
  });

  it("runs at most the allowed number of processes at once, and queues the other retrainings", async () => {
    const pool = processes({ entry: STAND_IN, maxProcesses: 1 });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pool.size)), 5);
    try {
      const pids = await Promise.all([1, 2, 3].map(() => pidOf(pool, "slow")));
      expect(new Set(pids).size).toBe(3);
    } finally {
      clearInterval(watch);
    }
    expect(most).toBe(1);
  });

  it("ends with the computation's error after the results before it, and the next retraining succeeds", async () => {
    const pool = processes({ entry: STAND_IN });
    const seen: TrainingOutput[] = [];
    await expect(
      (async () => {
        for await (const output of pool.train(asking("fail"))) seen.push(output);
      })(),
    ).rejects.toThrow("out of cheese");
    expect(seen).toEqual([{ kind: "rep", userId: "before the error", trained: null }]);
    expect(running(await pidOf(pool))).toBe(false);
    expect(pool.size).toBe(0);
  });

  it("ends with an error when the child crashes, and the next retraining succeeds in a fresh process", async () => {
    const pool = processes({ entry: STAND_IN });
    await expect(collect(pool.train(asking("throw")))).rejects.toThrow("exit code 1");
    expect(await pidOf(pool)).toBeGreaterThan(0);
  });

  it("ends with an error when the child exits before finishing, and the next retraining succeeds", async () => {
    const pool = processes({ entry: STAND_IN });
    await expect(collect(pool.train(asking("exit")))).rejects.toThrow("exit code 3");
    expect(await pidOf(pool)).toBeGreaterThan(0);
  });

  it("ends the child when the caller stops reading its results", async () => {
    const pool = processes({ entry: STAND_IN });
    for await (const output of pool.train(asking("stall"))) {
      expect(output).toMatchObject({ userId: "before the stall" });
      break;
    }
    expect(pool.size).toBe(0);
  });

  it("ends its children on close, ending a retraining still running with an error", async () => {
    const pool = processes({ entry: STAND_IN });
    const hanging = collect(pool.train(asking("hang")));
    while (pool.size === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await pool.close();
    await expect(hanging).rejects.toThrow("stopped before finishing");
    expect(pool.size).toBe(0);
  });
});
