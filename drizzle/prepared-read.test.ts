import { PgDialect, pgTable, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { Database } from "./client";
import { inList, listValues, preparedRead } from "./prepared-read";

describe("preparedRead", () => {
  it("builds a statement once per database handle and list length, and reuses it", () => {
    const builds: number[] = [];
    const read = preparedRead((db, size) => {
      builds.push(size);
      return { db, execute: () => Promise.resolve([]) };
    });
    const pool = {} as Database;
    const transaction = {} as Database;
    expect(read(pool, 1)).toBe(read(pool, 1));
    expect(read(pool, 100)).not.toBe(read(pool, 1));
    expect(read(transaction, 1).db).toBe(transaction);
    expect(builds).toEqual([1, 100, 1]);
  });
});

describe("inList", () => {
  it("is one placeholder per value, filled in order by listValues", () => {
    const leads = pgTable("leads", { id: text("id") });
    const query = new PgDialect().sqlToQuery(inList(leads.id, "ids", 3));
    expect(query.sql).toBe('"leads"."id" in ($1, $2, $3)');
    expect(listValues("ids", ["a", "b", "c"])).toEqual({ ids0: "a", ids1: "b", ids2: "c" });
  });
});
