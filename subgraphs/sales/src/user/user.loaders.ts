import { batchLoader } from "@revgraph/graph";
import type { UserRepository } from "./user.repository";

export function createUserLoaders(users: UserRepository) {
  return {
    user: batchLoader(
      (ids: readonly string[]) => users.findByIds(ids),
      (row) => row.id,
    ),
  };
}
