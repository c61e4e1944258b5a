import { fork } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startInBackground } from "./process-priority";

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

/** The scheduling policy of a thread of a process, from /proc (field 41 of its stat line; 5 is SCHED_IDLE). */
function policyOf(pid: number, threadId: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${threadId}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[38]);
}

const SCHED_IDLE = 5;

describe("startInBackground", () => {
  it.runIf(process.platform === "linux" && existsSync("/usr/bin/chrt"))("runs the child and every thread it starts under SCHED_IDLE, at nice 19, reachable over IPC", async () => {
    const child = startInBackground(new URL("./process-priority.fixture.mjs", import.meta.url));
    try {
      const { pid } = await new Promise<{ pid: number }>((resolve, reject) => {
        child.once("message", (message) => resolve(message as { pid: number }));
        child.once("error", reject);
      });
      expect(pid).toBe(child.pid);
      const threads = readdirSync(`/proc/${pid}/task`).map(Number);
      expect(threads.length).toBeGreaterThan(2);
      expect(threads.map((threadId) => policyOf(pid, threadId))).toEqual(threads.map(() => SCHED_IDLE));
      expect(threads.map((threadId) => niceOf(pid, threadId))).toEqual(threads.map(() => 19));
      expect(policyOf(process.pid, process.pid)).toBe(0);
    } finally {
      child.kill();
    }
  });
});
