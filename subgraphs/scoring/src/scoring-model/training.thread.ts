/**
 * Runs a retraining's computation (`training.compute.ts`) in a worker thread, so the event loop
 * keeps answering requests meanwhile, and hands back its results as they arrive. A worker that
 * throws, crashes or exits early ends the iteration with an error; the worker is always stopped.
 * At most one thread per spare core trains at a time in a process; further retrainings wait.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { TrainingInput, TrainingOutput } from "./training.compute";

const ENTRY = new URL("./training-worker.mjs", import.meta.url);

/** Training threads a process runs at once: every core but the one serving requests, at least one. */
const MAX_THREADS = Math.max(1, availableParallelism() - 1);
let busy = 0;
const queued: (() => void)[] = [];

/** Waits for a free training thread slot (process-wide capacity, not request state). */
async function acquireSlot(): Promise<void> {
  if (busy < MAX_THREADS) {
    busy += 1;
    return;
  }
  await new Promise<void>((resolve) => queued.push(resolve));
}

/** Hands the slot to the next waiting retraining, or frees it. */
function releaseSlot(): void {
  const next = queued.shift();
  if (next) next();
  else busy -= 1;
}

type Event = { output: TrainingOutput } | { error: Error } | { done: true };

/** The computation's results, in order; `entry` is the worker script (tests point it elsewhere). */
export async function* trainInWorker(input: TrainingInput, entry: URL = ENTRY): AsyncGenerator<TrainingOutput> {
  await acquireSlot();
  try {
    yield* runWorker(input, entry);
  } finally {
    releaseSlot();
  }
}

async function* runWorker(input: TrainingInput, entry: URL): AsyncGenerator<TrainingOutput> {
  const worker = new Worker(entry, { workerData: input });
  const events: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (event: Event) => {
    events.push(event);
    wake?.();
    wake = null;
  };
  let finished = false;
  worker.on("message", (message: TrainingOutput | { kind: "done" }) => {
    if (message.kind === "done") {
      finished = true;
      push({ done: true });
    } else push({ output: message });
  });
  worker.on("error", (error) => push({ error }));
  worker.on("exit", (code) => {
    if (!finished) push({ error: new Error(`The training worker stopped before finishing (exit code ${code}).`) });
  });
  try {
    for (;;) {
      if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const event = events.shift()!;
      if ("done" in event) return;
      if ("error" in event) throw event.error;
      yield event.output;
    }
  } finally {
    await worker.terminate();
  }
}
