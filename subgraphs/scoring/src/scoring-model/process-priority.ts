/**
 * Background computation yields the CPU to requests: every thread of a process started for the
 * computation gets the lowest scheduling priority (nice 19). Linux schedules threads individually
 * (each new thread inherits its creator's priority) and lists a process's threads in /proc;
 * elsewhere nothing changes.
 */
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";

export const BACKGROUND_NICE = 19;

/** Gives every thread of this process, and so the threads they start later, the lowest priority (Linux; elsewhere nothing). */
export function lowerThisProcessPriority(): void {
  let threadIds: string[];
  try {
    threadIds = readdirSync("/proc/self/task");
  } catch {
    return;
  }
  for (const threadId of threadIds) setPriority(Number(threadId), BACKGROUND_NICE);
}
