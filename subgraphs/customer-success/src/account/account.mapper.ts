import { isAtRisk } from "./account-risk";
import type { AccountRow } from "./account.repository";
import { Account, type LifecycleStage } from "./account.type";

/** Row → GraphQL object. History and trend are resolved by field resolvers through loaders. */
export function toAccount(row: AccountRow): Account {
  return Object.assign(new Account(), {
    id: row.id,
    name: row.name,
    domain: row.domain,
    healthScore: row.healthScore,
    lifecycleStage: row.lifecycleStage as LifecycleStage,
    atRisk: isAtRisk(row),
    renewalDate: row.renewalDate,
    attributes: row.attributes,
    csmId: row.csmId,
    arr: row.arr,
    createdAt: row.createdAt,
  });
}
