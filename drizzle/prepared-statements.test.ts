import type postgres from "postgres";
import { describe, expect, it } from "vitest";
import { preparingStatements } from "./client";

/** Records what postgres.js would be asked to run: the text and whether it is sent as a named statement. */
function recordingSql() {
  const calls: { query: string; prepare: unknown; inTransaction: boolean }[] = [];
  const handle = (inTransaction: boolean) => ({
    unsafe: (query: string, _parameters?: unknown[], options?: { prepare?: boolean }) => {
      calls.push({ query, prepare: options?.prepare, inTransaction });
      return Promise.resolve([]);
    },
  });
  const sql = {
    ...handle(false),
    begin: (...args: unknown[]) => (args.pop() as (tx: unknown) => unknown)(handle(true)),
  };
  return { sql: sql as unknown as postgres.Sql, calls };
}

describe("preparingStatements", () => {
  it("names every statement drizzle sends unnamed, in and out of transactions", async () => {
    const { sql, calls } = recordingSql();
    const client = preparingStatements(sql);
    await client.unsafe("select $1", [1], { prepare: false });
    await client.begin(async (tx) => {
      await tx.unsafe("update t set a = $1", [1], { prepare: false });
    });
    expect(calls).toEqual([
      { query: "select $1", prepare: true, inTransaction: false },
      { query: "update t set a = $1", prepare: true, inTransaction: true },
    ]);
  });

  it("stops naming new texts past the cap, and keeps naming those it named", async () => {
    const { sql, calls } = recordingSql();
    const client = preparingStatements(sql, 2);
    for (const query of ["select 1", "select 2", "select 3", "select 1", "select 3"]) await client.unsafe(query, [], { prepare: false });
    expect(calls.map((c) => c.prepare)).toEqual([true, true, false, true, false]);
  });
});
