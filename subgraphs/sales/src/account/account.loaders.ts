import type { Database } from "@revgraph/db";
import { batchLoader } from "@revgraph/graph";
import type { BuyerRepository } from "../purchase/buyer.repository";

/** Per-request loaders over the accounts sales may see (customer_success.accounts_for_sales). */
export function createAccountLoaders(db: Database, buyers: BuyerRepository) {
  return {
    /** The id back when the account is the caller's organization's, else null: one query per batch of ids. */
    ownAccount: batchLoader(
      async (ids: readonly string[]) => [...(await buyers.existingAccounts(db, ids))],
      (id) => id,
    ),
  };
}
