import type DataLoader from "dataloader";
import { groupLoader } from "@revgraph/graph";
import type { AccountSignalType } from "@revgraph/db/vocabulary";
import type { AccountSignalRepository, AccountSignalRow } from "./account-signal.repository";

/** Per-request loaders of each account's newest signals: one per page size and type asked for, one query per batch of accounts. */
export function createSignalLoaders(signals: AccountSignalRepository) {
  const loaders = new Map<string, DataLoader<string, AccountSignalRow[]>>();
  return {
    signals(first: number, type?: AccountSignalType): DataLoader<string, AccountSignalRow[]> {
      const key = `${first}:${type ?? ""}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => signals.recent(ids, first, type),
          (row) => row.accountId,
        );
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
