/**
 * Runs a retraining's computation (`training.compute.ts`) in a child process started for it, so
 * the event loop keeps answering requests meanwhile, and hands back its results as they arrive.
 * When the child exits, every page the computation used goes back to the system: the subgraph's
 * own memory does not grow with retrainings, and an idle subgraph holds no training memory. A
 * child that throws, crashes or exits early ends that retraining with an error; the next one
 * starts a fresh child. At most one child per spare core trains at a time; further retrainings wait.
 */
import type { ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { startInBackground } from "./process-priority";
import type { TrainingInput, TrainingOutput } from "./training.compute";

const ENTRY = new URL("./training-process.mjs", import.meta.url);

/** Training processes a subgraph runs at once: every core but the one serving requests, at least one. */
const MAX_PROCESSES = Math.max(1, availableParallelism() - 1);

export interface TrainingProcessOptions {
  /** The child's script (tests point it elsewhere). */
  entry?: URL;
  maxProcesses?: number;
}

/** What the child sends: each result, then `done`, or `failed` when the computation threw (after the results before it). */
type ChildMessage = TrainingOutput | { kind: "done" } | { kind: "failed"; message: string };
type Event = { output: TrainingOutput } | { error: Error } | { done: true };

/** A subgraph's training processes: one per retraining, at most `maxProcesses` at once. */
export class TrainingProcesses {
  private readonly entry: URL;
  private readonly maxProcesses: number;
  /** Every started child that has not exited. */
  private readonly live = new Set<ChildProcess>();
  private busy = 0;
  private readonly queued: (() => void)[] = [];

  constructor(options: TrainingProcessOptions = {}) {
    this.entry = options.entry ?? ENTRY;
    this.maxProcesses = options.maxProcesses ?? MAX_PROCESSES;
  }

  /** Children started and not yet exited. */
  get size(): number {
    return this.live.size;
  }

  /** The computation's results, in order, from a child process started for them. */
  async *train(input: TrainingInput): AsyncGenerator<TrainingOutput> {
    await this.acquireSlot();
    try {
      yield* this.runChild(input);
    } finally {
      this.releaseSlot();
    }
  }

  /** Ends every child (graceful shutdown); a retraining still running ends with an error. */
  async close(): Promise<void> {
    await Promise.all([...this.live].map(stop));
  }

  private async *runChild(input: TrainingInput): AsyncGenerator<TrainingOutput> {
    // No inherited flags (a profiler's, a loader's): the bootstrap script brings what the child needs.
    const child = startInBackground(this.entry);
    this.live.add(child);
    child.once("exit", () => this.live.delete(child));
    const events: Event[] = [];
    let wake: (() => void) | null = null;
    const push = (event: Event) => {
      events.push(event);
      wake?.();
      wake = null;
    };
    child.on("message", (message: ChildMessage) => {
      if (message.kind === "done") push({ done: true });
      else if (message.kind === "failed") push({ error: new Error(message.message) });
      else push({ output: message });
    });
    child.on("error", (error) => push({ error }));
    child.on("exit", (code, signal) => push({ error: new Error(`The training process stopped before finishing (exit code ${code ?? signal}).`) }));
    try {
      child.send(input);
      for (;;) {
        if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const event = events.shift()!;
        if ("done" in event) return;
        if ("error" in event) throw event.error;
        yield event.output;
      }
    } finally {
      await stop(child);
    }
  }

  /** Waits for a free training slot. */
  private async acquireSlot(): Promise<void> {
    if (this.busy < this.maxProcesses) {
      this.busy += 1;
      return;
    }
    await new Promise<void>((resolve) => this.queued.push(resolve));
  }

  /** Hands the slot to the next waiting retraining, or frees it. */
  private releaseSlot(): void {
    const next = this.queued.shift();
    if (next) next();
    else this.busy -= 1;
  }
}

/** Ends a child and resolves once it has exited. */
async function stop(child: ChildProcess): Promise<void> {
  // Never started (the error event says why), or already gone.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill();
  await exited;
}

/** The subgraph's training processes (process-wide capacity, not request state). */
const subgraphProcesses = new TrainingProcesses();

/** The computation's results, in order, computed in a child process. */
export function trainInChildProcess(input: TrainingInput): AsyncGenerator<TrainingOutput> {
  return subgraphProcesses.train(input);
}

/** Ends the subgraph's training processes: part of its graceful shutdown. */
export function stopTrainingProcesses(): Promise<void> {
  return subgraphProcesses.close();
}
