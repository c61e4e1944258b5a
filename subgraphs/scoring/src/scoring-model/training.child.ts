/**
 * Child-process entry of a retraining: takes one input from its parent, runs `computeTraining` and
 * sends each result as it is ready, then `done` (or `failed`), with every thread of the process at
 * the lowest scheduling priority. The parent ends the process afterwards, and with it every page the
 * computation used. Loaded through `training-process.mjs`, which teaches the process TypeScript.
 */
import { computeTraining, type TrainingInput } from "./training.compute";
import { lowerThisProcessPriority } from "./process-priority";

// Requests come first: while both cores are busy, the scheduler runs this process only when they wait.
lowerThisProcessPriority();

// A parent that went away without ending this process will not read its results.
process.once("disconnect", () => process.exit(0));

process.once("message", (input: TrainingInput) => {
  try {
    for (const output of computeTraining(input)) process.send!(output);
    process.send!({ kind: "done" });
  } catch (error) {
    // Sent after the results before it, in order, unlike an uncaught error's exit.
    process.send!({ kind: "failed", message: (error as Error).message });
  }
});
