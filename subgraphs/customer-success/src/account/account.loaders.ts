import type DataLoader from "dataloader";
import { batchLoader, groupLoader } from "@revgraph/graph";
import type { AccountHealthRepository, HealthPointRow } from "./account-health.repository";
import type { AccountRepository } from "./account.repository";

/** Per-request loaders: accounts by id and by domain, and each account's newest health points. */
export function createAccountLoaders(accounts: AccountRepository, history: AccountHealthRepository) {
  // One loader per page size asked for in this request, so `healthHistory(first: 4)` and
  // `healthHistory(first: 26)` on a list of accounts cost one query each, not one per account.
  const historyLoaders = new Map<number, DataLoader<string, HealthPointRow[]>>();
  return {
    account: batchLoader(
      (ids: readonly string[]) => accounts.findByIds(ids),
      (row) => row.id,
    ),
    accountByDomain: batchLoader(
      (domains: readonly string[]) => accounts.findByDomains(domains),
      (row) => row.domain,
    ),
    healthHistory(first: number): DataLoader<string, HealthPointRow[]> {
      let loader = historyLoaders.get(first);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => history.recent(ids, first),
          (row) => row.accountId,
        );
        historyLoaders.set(first, loader);
      }
      return loader;
    },
  };
}
