/**
 * Worker-thread entry of a retraining: runs `computeTraining` on the data it was started with and
 * posts each result as it is ready, then `done`. Loaded through `training-worker.mjs`, which
 * teaches the thread TypeScript.
 */
import { parentPort, workerData } from "node:worker_threads";
import { computeTraining, type TrainingInput } from "./training.compute";

for (const output of computeTraining(workerData as TrainingInput)) parentPort!.postMessage(output);
parentPort!.postMessage({ kind: "done" });
