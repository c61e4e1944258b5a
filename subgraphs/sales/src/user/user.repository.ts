/** SQL for users and organizations, always scoped to one organization. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { Identity } from "@revgraph/auth";

type Executor = Pick<Database, "insert" | "select">;

export class UserRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  findByIds(ids: readonly string[]) {
    return this.db
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.organizationId, this.organizationId), inArray(schema.users.id, [...ids])));
  }

  /** Creates the caller's organization and user, or refreshes their role and email. */
  static async provision(db: Database, identity: Identity): Promise<void> {
    await db.insert(schema.organizations).values({ id: identity.organizationId }).onConflictDoNothing();
    await db
      .insert(schema.users)
      .values({ organizationId: identity.organizationId, id: identity.userId, email: identity.email ?? null, role: identity.role })
      .onConflictDoUpdate({
        target: [schema.users.organizationId, schema.users.id],
        set: { email: sql`excluded.email`, role: sql`excluded.role`, lastSeenAt: sql`now()` },
      });
  }

  /** Makes sure each assignee exists as a rep of this organization (imports may precede their first sign-in). */
  async ensureAssignees(tx: Executor, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx
      .insert(schema.users)
      .values([...new Set(ids)].map((id) => ({ organizationId: this.organizationId, id, role: "rep" as const })))
      .onConflictDoNothing();
  }
}
