import { text } from "drizzle-orm/pg-core";
import { createdAt, salesSchema } from "./_helpers";

/** Organizations, provisioned on first sight of a token carrying their id. */
export const organizations = salesSchema.table("organizations", {
  id: text().primaryKey(),
  createdAt: createdAt(),
});
