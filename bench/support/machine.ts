// Describes the machine and database a benchmark ran on, for the report.
import os from "node:os";

export function databaseLabel(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return "embedded PGlite (in-memory)";
  const u = new URL(url);
  return `PostgreSQL ${u.host} (throwaway database)`;
}

export function machineSummary(): string {
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return [
    `date ${new Date().toISOString()}`,
    `nproc ${os.availableParallelism()}`,
    `memory ${gib} GiB`,
    `node ${process.version}`,
    `kernel ${os.release()}`,
    `cpu ${os.cpus()[0]?.model ?? "?"}`,
    `database ${databaseLabel()}`,
  ].join(" · ");
}
