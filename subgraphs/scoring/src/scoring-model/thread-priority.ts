/**
 * Background computation yields the CPU to requests: the calling thread, and only it, gets the
 * lowest scheduling priority (nice 19). Linux schedules threads individually and names the
 * calling thread in /proc/thread-self; elsewhere the thread keeps the process's priority.
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

export const BACKGROUND_NICE = 19;

/** The calling thread's new priority, or null where threads cannot be told apart. */
export function lowerThisThreadsPriority(): number | null {
  let threadId: number;
  try {
    threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {
    return null;
  }
  if (!Number.isInteger(threadId)) return null;
  setPriority(threadId, BACKGROUND_NICE);
  return getPriority(threadId);
}
