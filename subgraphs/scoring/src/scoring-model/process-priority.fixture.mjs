// Child-process fixture of process-priority.test.ts: starts a worker thread (so the process has
// threads of its own), lowers every thread's priority, reports its pid, and stays alive until told to stop.
import { Worker } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const worker = new Worker("setInterval(() => {}, 1000);", { eval: true });
await new Promise((resolve) => worker.once("online", resolve));
const { lowerThisProcessPriority } = await tsImport("./process-priority.ts", import.meta.url);
lowerThisProcessPriority();
process.send({ pid: process.pid });
process.once("message", () => process.exit(0));
