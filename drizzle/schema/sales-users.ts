import { primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, organizationId, salesSchema } from "./_helpers";

import { ROLES, type Role } from "./vocabulary";

export const userRoles = ROLES;
export type UserRole = Role;

/** Reps, managers and admins, provisioned from the token on first sight and refreshed when their claims change. */
export const users = salesSchema.table(
  "users",
  {
    organizationId: organizationId(),
    id: text().notNull(),
    email: text(),
    role: text().$type<UserRole>().notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);
