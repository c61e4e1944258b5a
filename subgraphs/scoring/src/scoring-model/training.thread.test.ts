// Unit tests: the training worker thread loads its TypeScript entry, yields what the computation yields, and turns a crash into an error.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateSyntheticOrg } from "../model/synthetic";
import { computeTraining, type TrainingInput, type TrainingOutput } from "./training.compute";
import { trainInWorker } from "./training.thread";

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

describe("training in a worker thread", () => {
  it("yields the organization's result, then each rep's in order, exactly as the computation does in-process", async () => {
    const data = input();
    const inWorker = await collect(trainInWorker(data));
    expect(inWorker.map((o) => (o.kind === "org" ? "org" : o.userId))).toEqual(["org", ...data.userIds]);
    expect(inWorker.at(-1)).toMatchObject({ kind: "rep", userId: "rep-without-leads", trained: null });
    expect(inWorker).toEqual([...computeTraining(data)]);
  });

  it("finishes every one of several retrainings started at once (they share the process's training threads)", async () => {
    const data = { ...input(), userIds: [] };
    const runs = await Promise.all([1, 2, 3].map(() => collect(trainInWorker(data))));
    expect(runs.map((outputs) => outputs.map((o) => o.kind))).toEqual([["org"], ["org"], ["org"]]);
  });

  it("ends with the worker's error when the computation throws", async () => {
    const entry = script(
      `import { parentPort } from "node:worker_threads"; parentPort.postMessage({ kind: "rep", userId: "u", trained: null }); throw new Error("out of cheese");`,
    );
    const seen: TrainingOutput[] = [];
    await expect(
      (async () => {
        for await (const output of trainInWorker(input(), entry)) seen.push(output);
      })(),
    ).rejects.toThrow("out of cheese");
    expect(seen).toHaveLength(1);
  });

  it("ends with an error when the worker exits before finishing", async () => {
    await expect(collect(trainInWorker(input(), script(`process.exit(3);`)))).rejects.toThrow("exit code 3");
  });
});
