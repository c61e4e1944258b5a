import { integer, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizationId, scoringSchema } from "./_helpers";

/** A lead's 0-100 engagement score, recomputed from its activities whenever they change. */
export const leadScores = scoringSchema.table(
  "lead_scores",
  {
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    score: integer().notNull(),
    activityCount: integer().notNull(),
    lastActivityAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    scoreUpdatedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.leadId] })],
);
