import DataLoader from "dataloader";

/**
 * Keys per batch, so that one statement's `IN (...)` stays far below PostgreSQL's 65,535 bind
 * parameters (a batch of 70,000 keys used to fail there and hang). Every DataLoader uses this.
 */
export const MAX_KEYS_PER_BATCH = 1000;

export const loaderOptions = { maxBatchSize: MAX_KEYS_PER_BATCH } as const;

/**
 * A per-request loader that fetches many keys in one query and returns results in key order;
 * keys the query did not return resolve to `null` (missing, or another organization's).
 */
export function batchLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  }, loaderOptions);
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
  }, loaderOptions);
}
