/**
 * Runs a retraining's computation (`training.compute.ts`) in a worker thread, so the event loop
 * keeps answering requests meanwhile, and hands back its results as they arrive. Threads are kept
 * and reused: the next retraining runs on the thread the last one finished on (one V8 heap and one
 * malloc arena, reused, instead of a new one per retraining), and a thread with no work for a
 * minute ends, so an idle process holds none. A thread that throws, crashes or exits early ends
 * that retraining with an error and is stopped; the next retraining gets a fresh one. At most one
 * thread per spare core trains at a time in a process; further retrainings wait.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { TrainingInput, TrainingOutput } from "./training.compute";

const ENTRY = new URL("./training-worker.mjs", import.meta.url);

/** Training threads a process runs at once: every core but the one serving requests, at least one. */
const MAX_THREADS = Math.max(1, availableParallelism() - 1);

/** How long a thread waits for the next retraining before it ends. */
export const TRAINING_THREAD_IDLE_MS = 60_000;

export interface TrainingThreadOptions {
  /** The worker script (tests point it elsewhere). */
  entry?: URL;
  maxThreads?: number;
  idleMs?: number;
}

/** What the worker posts: each result, then `done`, or `failed` when the computation threw (after the results before it). */
type WorkerMessage = TrainingOutput | { kind: "done" } | { kind: "failed"; message: string };
type Event = { output: TrainingOutput } | { error: Error } | { done: true };

/** A process's training threads: started on demand, reused while work comes, ended when idle. */
export class TrainingThreads {
  private readonly entry: URL;
  private readonly maxThreads: number;
  private readonly idleMs: number;
  /** Every started thread that has not exited. */
  private readonly live = new Set<Worker>();
  /** Threads waiting for work, each with the timer that ends it. */
  private readonly idle = new Map<Worker, NodeJS.Timeout>();
  private busy = 0;
  private readonly queued: (() => void)[] = [];

  constructor(options: TrainingThreadOptions = {}) {
    this.entry = options.entry ?? ENTRY;
    this.maxThreads = options.maxThreads ?? MAX_THREADS;
    this.idleMs = options.idleMs ?? TRAINING_THREAD_IDLE_MS;
  }

  /** Threads started and not yet exited, busy or idle. */
  get size(): number {
    return this.live.size;
  }

  /** The computation's results, in order, from an idle thread or a new one. */
  async *train(input: TrainingInput): AsyncGenerator<TrainingOutput> {
    await this.acquireSlot();
    const worker = this.takeIdle() ?? this.start();
    let healthy = false;
    try {
      worker.ref();
      yield* runOn(worker, input);
      healthy = true;
    } finally {
      // A thread that failed, or whose results were abandoned midway, may be in any state: stop it.
      if (healthy) this.park(worker);
      else await worker.terminate();
      this.releaseSlot();
    }
  }

  /** Stops every thread, busy or idle (graceful shutdown); a retraining still running ends with an error. */
  async close(): Promise<void> {
    for (const timer of this.idle.values()) clearTimeout(timer);
    this.idle.clear();
    await Promise.all([...this.live].map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(this.entry);
    this.live.add(worker);
    // Errors reach the retraining running on the thread (see runOn); an idle thread runs nothing.
    worker.on("error", () => {});
    worker.once("exit", () => {
      this.live.delete(worker);
      clearTimeout(this.idle.get(worker));
      this.idle.delete(worker);
    });
    return worker;
  }

  private takeIdle(): Worker | undefined {
    const [worker] = this.idle.keys();
    if (!worker) return undefined;
    clearTimeout(this.idle.get(worker));
    this.idle.delete(worker);
    return worker;
  }

  /** Keeps a thread for the next retraining; it ends after `idleMs` without one and never holds the process open. */
  private park(worker: Worker): void {
    worker.unref();
    const timer = setTimeout(() => {
      this.idle.delete(worker);
      void worker.terminate();
    }, this.idleMs);
    timer.unref();
    this.idle.set(worker, timer);
  }

  /** Waits for a free training thread slot. */
  private async acquireSlot(): Promise<void> {
    if (this.busy < this.maxThreads) {
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

/** One retraining on a started thread: posts the input, yields each result until `done`, an error or the thread's exit. */
async function* runOn(worker: Worker, input: TrainingInput): AsyncGenerator<TrainingOutput> {
  const events: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (event: Event) => {
    events.push(event);
    wake?.();
    wake = null;
  };
  const onMessage = (message: WorkerMessage) => {
    if (message.kind === "done") push({ done: true });
    else if (message.kind === "failed") push({ error: new Error(message.message) });
    else push({ output: message });
  };
  const onError = (error: Error) => push({ error });
  const onExit = (code: number) => push({ error: new Error(`The training worker stopped before finishing (exit code ${code}).`) });
  worker.on("message", onMessage);
  worker.on("error", onError);
  worker.on("exit", onExit);
  try {
    worker.postMessage(input);
    for (;;) {
      if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const event = events.shift()!;
      if ("done" in event) return;
      if ("error" in event) throw event.error;
      yield event.output;
    }
  } finally {
    worker.off("message", onMessage);
    worker.off("error", onError);
    worker.off("exit", onExit);
  }
}

/** The process's training threads (process-wide capacity, not request state). */
const processThreads = new TrainingThreads();

/** The computation's results, in order, computed on one of the process's training threads. */
export function trainInWorker(input: TrainingInput): AsyncGenerator<TrainingOutput> {
  return processThreads.train(input);
}

/** Stops the process's training threads: part of a subgraph's graceful shutdown. */
export function stopTrainingThreads(): Promise<void> {
  return processThreads.close();
}
