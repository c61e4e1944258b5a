import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** The structured logger every process uses (JSON lines on stdout, or `destination`, e.g. in tests). */
export function createLogger(name: string, level = "info", destination?: DestinationStream): Logger {
  return destination ? pino({ name, level }, destination) : pino({ name, level });
}
