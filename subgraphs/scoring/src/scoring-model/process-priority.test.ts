import { fork } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The nice value of a thread of a process, from /proc (field 19 of its stat line). */
function niceOf(pid: number | "self", threadId: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${threadId}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

describe("lowerThisProcessPriority", () => {
  it.runIf(process.platform === "linux")("gives every thread of a child process nice 19 and leaves the parent's main thread as it was", async () => {
    const before = niceOf("self", process.pid);
    const child = fork(new URL("./process-priority.fixture.mjs", import.meta.url), [], { execArgv: [] });
    try {
      const { pid } = await new Promise<{ pid: number }>((resolve, reject) => {
        child.once("message", (message) => resolve(message as { pid: number }));
        child.once("error", reject);
      });
      const threads = readdirSync(`/proc/${pid}/task`).map(Number);
      // Node's own threads and the fixture's worker thread, not only the main one.
      expect(threads.length).toBeGreaterThan(2);
      expect(threads.map((threadId) => niceOf(pid, threadId))).toEqual(threads.map(() => 19));
      expect(niceOf("self", process.pid)).toBe(before);
    } finally {
      child.kill();
    }
  });
});
