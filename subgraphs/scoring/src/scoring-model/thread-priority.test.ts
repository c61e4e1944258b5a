import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

/** The nice value of a thread of this process, from /proc (field 19 of its stat line). */
function niceOf(threadId: number): number {
  const stat = readFileSync(`/proc/self/task/${threadId}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

describe("lowerThisThreadsPriority", () => {
  it.runIf(process.platform === "linux")("gives a worker thread nice 19 and leaves the process's main thread as it was", async () => {
    const before = niceOf(process.pid);
    const worker = new Worker(new URL("./thread-priority.fixture.mjs", import.meta.url));
    try {
      const reply = await new Promise<{ priority: number; threadId: number }>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      expect(reply.priority).toBe(19);
      expect(niceOf(reply.threadId)).toBe(19);
      expect(niceOf(process.pid)).toBe(before);
      worker.postMessage("stop");
    } finally {
      await worker.terminate();
    }
  });
});
