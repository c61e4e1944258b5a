import type { schema } from "@revgraph/db";
import { User } from "./user.type";

export function toUser(row: typeof schema.users.$inferSelect): User {
  return Object.assign(new User(), { id: row.id, email: row.email, role: row.role });
}
