import { pino, type Logger } from "pino";

export type { Logger };

/** The structured logger every process uses (JSON lines on stdout). */
export function createLogger(name: string, level = "info"): Logger {
  return pino({ name, level });
}
