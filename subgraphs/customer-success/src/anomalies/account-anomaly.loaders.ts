import type DataLoader from "dataloader";
import { groupLoader } from "@revgraph/graph";
import type { AccountAnomalyRepository, AccountAnomalyRow } from "./account-anomaly.repository";

/** Per-request loaders of each account's newest anomalies, one per page size asked for. */
export function createAnomalyLoaders(anomalies: AccountAnomalyRepository) {
  const loaders = new Map<number, DataLoader<string, AccountAnomalyRow[]>>();
  return {
    anomalies(first: number): DataLoader<string, AccountAnomalyRow[]> {
      let loader = loaders.get(first);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => anomalies.recent(ids, first),
          (row) => row.accountId,
        );
        loaders.set(first, loader);
      }
      return loader;
    },
  };
}
