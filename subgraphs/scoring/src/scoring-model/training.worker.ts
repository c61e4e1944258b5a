/**
 * Worker-thread entry of a retraining: runs `computeTraining` on the data it was started with and
 * posts each result as it is ready, then `done`, at the lowest scheduling priority. Loaded through `training-worker.mjs`, which
 * teaches the thread TypeScript.
 */
import { parentPort, workerData } from "node:worker_threads";
import { computeTraining, type TrainingInput } from "./training.compute";
import { lowerThisThreadsPriority } from "./thread-priority";

// Requests come first: while both cores are busy, the scheduler runs this thread only when they wait.
lowerThisThreadsPriority();

for (const output of computeTraining(workerData as TrainingInput)) parentPort!.postMessage(output);
parentPort!.postMessage({ kind: "done" });
