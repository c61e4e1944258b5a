// Worker-thread fixture of thread-priority.test.ts: lowers its own priority, reports it and its
// thread id, and stays alive until told to stop (so the test can read its /proc entry).
import { readlinkSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { lowerThisThreadsPriority } = await tsImport("./thread-priority.ts", import.meta.url);
const priority = lowerThisThreadsPriority();
parentPort.postMessage({ priority, threadId: Number(readlinkSync("/proc/thread-self").split("/").pop()) });
await new Promise((resolve) => parentPort.once("message", resolve));
