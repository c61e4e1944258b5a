import DataLoader from "dataloader";

/**
 * A per-request loader that fetches many keys in one query and returns results in key order;
 * keys the query did not return resolve to `null` (missing, or another organization's).
 */
export function batchLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like batchLoader, but each key maps to a list of rows (empty when none). */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
