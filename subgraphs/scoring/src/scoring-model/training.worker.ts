/**
 * Worker-thread entry of retrainings: for each input the thread is sent, runs `computeTraining` and
 * posts each result as it is ready, then `done` (or `failed`), at the lowest scheduling priority. The thread
 * stays for the next input until its owner ends it. Loaded through `training-worker.mjs`, which
 * teaches the thread TypeScript.
 */
import { parentPort } from "node:worker_threads";
import { computeTraining, type TrainingInput } from "./training.compute";
import { lowerThisThreadsPriority } from "./thread-priority";

// Requests come first: while both cores are busy, the scheduler runs this thread only when they wait.
lowerThisThreadsPriority();

parentPort!.on("message", (input: TrainingInput) => {
  try {
    for (const output of computeTraining(input)) parentPort!.postMessage(output);
    parentPort!.postMessage({ kind: "done" });
  } catch (error) {
    // Posted after the results before it, which an uncaught error's event could overtake.
    parentPort!.postMessage({ kind: "failed", message: (error as Error).message });
  }
});
