import { pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** One Postgres schema per subgraph: a subgraph writes only the tables in its own schema. */
export const salesSchema = pgSchema("sales");
export const scoringSchema = pgSchema("scoring");
export const personalizationSchema = pgSchema("personalization");
export const customerSuccessSchema = pgSchema("customer_success");

export const id = () => uuid().primaryKey().defaultRandom();
export const organizationId = () => text().notNull();
export const createdAt = () => timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true, mode: "date", precision: 3 })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
