/**
 * Statements on the request path, built once per database handle instead of on every call.
 *
 * drizzle assembles a statement's text from its query builder each time it runs (its `is()` checks,
 * column casing, parameter collection): on the flagship query that was about a fifth of the scoring
 * subgraph's CPU and a tenth of the others'. A prepared read is built once with placeholders and
 * then only has its values filled in.
 *
 * Lists stay `in ($1, $2, …)`, one read per list length, rather than one array parameter
 * (`= any($1)`): PostgreSQL's generic plan for an array assumes ten elements, so it kept planning a
 * one-id lookup afresh on every call (twice the server's CPU per flagship request, measured).
 */
import { inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Database } from "./client";

interface Executable {
  execute(placeholderValues?: Record<string, unknown>): Promise<unknown>;
}

/**
 * `build(db, size)` once per handle (the process's pool, or a transaction) and list length, then the
 * same prepared query. `size` is the length of the read's list (see `inList`); 0 when it has none.
 */
export function preparedRead<Q extends Executable>(build: (db: Database, size: number) => Q): (db: Database, size?: number) => Q {
  const built = new WeakMap<Database, Map<number, Q>>();
  return (db, size = 0) => {
    let bySize = built.get(db);
    if (!bySize) {
      bySize = new Map();
      built.set(db, bySize);
    }
    let query = bySize.get(size);
    if (!query) {
      query = build(db, size);
      bySize.set(size, query);
    }
    return query;
  };
}

/** `column in ($name0, …)` with `size` placeholders, filled by `listValues(name, values)`. */
export function inList(column: Column, name: string, size: number): SQL {
  return inArray(
    column,
    Array.from({ length: size }, (_, i) => sql.placeholder(`${name}${i}`)),
  );
}

/** The placeholder values of `inList(column, name, values.length)`. */
export function listValues(name: string, values: readonly unknown[]): Record<string, unknown> {
  const keys = placeholderNames(name, values.length);
  const filled: Record<string, unknown> = {};
  for (let i = 0; i < values.length; i++) filled[keys[i]] = values[i];
  return filled;
}

/** `name0`, `name1`, … built once per list name rather than on every read (a few percent of a page's CPU). */
const namesByList = new Map<string, string[]>();

function placeholderNames(name: string, size: number): string[] {
  let names = namesByList.get(name);
  if (!names) {
    names = [];
    namesByList.set(name, names);
  }
  for (let i = names.length; i < size; i++) names.push(`${name}${i}`);
  return names;
}
