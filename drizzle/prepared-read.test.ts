import { describe, expect, it } from "vitest";
import type { Database } from "./client";
import { preparedRead } from "./prepared-read";

describe("preparedRead", () => {
  it("builds a statement once per database handle and reuses it", () => {
    let builds = 0;
    const read = preparedRead((db) => {
      builds += 1;
      return { db, execute: () => Promise.resolve([]) };
    });
    const pool = {} as Database;
    const transaction = {} as Database;
    expect(read(pool)).toBe(read(pool));
    expect(read(transaction).db).toBe(transaction);
    expect(builds).toBe(2);
  });
});
