/**
 * Background computation yields the CPU to requests.
 *
 * A process started for it with `startInBackground` runs under Linux's SCHED_IDLE policy (through
 * `chrt`, where the system has it): a request's process that wakes up takes the core at once,
 * instead of waiting for the background process's time slice to end, which nice 19 alone allows.
 * Inside the process, every thread also gets the lowest nice value (`lowerThisProcessPriority`):
 * Linux schedules threads individually (each new thread inherits its creator's priority) and lists
 * a process's threads in /proc. Elsewhere nothing changes.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";

export const BACKGROUND_NICE = 19;

/** Where Debian and most distributions install util-linux's `chrt`. */
const CHRT_PATHS = ["/usr/bin/chrt", "/bin/chrt"];

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

/** `chrt`'s path when this is Linux and it is installed, else null. */
function chrtPath(): string | null {
  if (process.platform !== "linux") return null;
  return CHRT_PATHS.find((path) => existsSync(path)) ?? null;
}

/**
 * Starts a Node script as a child with an IPC channel (like `fork`, no inherited flags), under the
 * SCHED_IDLE policy where `chrt` is available, as a plain child otherwise.
 */
export function startInBackground(entry: URL): ChildProcess {
  const chrt = chrtPath();
  if (!chrt) return fork(entry, [], { serialization: "advanced", execArgv: [] });
  return spawn(chrt, ["--idle", "0", process.execPath, fileURLToPath(entry)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
}
