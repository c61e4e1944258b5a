/**
 * Development sign-in: lists the users the database knows and signs a token for one of them, so the
 * web app can open as any demo user. Never served in production (startStack does not mount it).
 */
import type { ServerResponse } from "node:http";
import { signToken } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { leads, users } from "@revgraph/db/schema";
import type { HttpRoutes } from "@revgraph/graph";
import { and, asc, desc, eq, notInArray, sql } from "drizzle-orm";

export const DEV_USERS_PATH = "/dev/users";
export const DEV_TOKEN_PATH = "/dev/token";

export interface DevSignInOptions {
  db: Database;
  /** The HS256 secret the processes verify tokens with. */
  secret: string;
  issuer?: string;
  audience?: string;
}

export interface DevUser {
  id: string;
  organizationId: string;
  role: string;
  email: string | null;
}

/** GET /dev/users → { users }; GET /dev/token?org=…&user=… → { token, user } (12-hour token), 404 for an unknown user. */
export function devSignInRoutes(options: DevSignInOptions): HttpRoutes {
  return async (req, res, url) => {
    if (req.method !== "GET" || (url.pathname !== DEV_USERS_PATH && url.pathname !== DEV_TOKEN_PATH)) return false;
    res.setHeader("cache-control", "no-store");
    if (url.pathname === DEV_USERS_PATH) {
      const rows = await options.db
        .select({ id: users.id, organizationId: users.organizationId, role: users.role, email: users.email })
        .from(users)
        .orderBy(asc(users.organizationId), asc(users.role), asc(users.id))
        .limit(200);
      return json(res, 200, { users: rows satisfies DevUser[] });
    }
    const userId = url.searchParams.get("user") ?? "";
    const organizationId = url.searchParams.get("org");
    const [user] = await options.db
      .select({ id: users.id, organizationId: users.organizationId, role: users.role, email: users.email })
      .from(users)
      .where(organizationId ? and(eq(users.id, userId), eq(users.organizationId, organizationId)) : eq(users.id, userId))
      .orderBy(asc(users.organizationId))
      .limit(1);
    if (!user) return json(res, 404, { error: `No user ${userId}${organizationId ? ` in ${organizationId}` : ""}` });
    const token = await signToken(
      options.secret,
      { userId: user.id, organizationId: user.organizationId, role: user.role, email: user.email ?? undefined },
      { issuer: options.issuer, audience: options.audience },
    );
    return json(res, 200, { token, user });
  };
}

function json(res: ServerResponse, status: number, payload: unknown): true {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(payload));
  return true;
}

/** Tries each handler in turn until one answers. */
export function combineRoutes(...handlers: (HttpRoutes | null | undefined)[]): HttpRoutes | undefined {
  const present = handlers.filter((h): h is HttpRoutes => Boolean(h));
  if (!present.length) return undefined;
  return async (req, res, url) => {
    for (const handler of present) if (await handler(req, res, url)) return true;
    return false;
  };
}

/** What Apollo Sandbox opens with: a document, its variables and the headers to send. */
export interface SandboxStart {
  document: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The demo rep Sandbox signs in as when present; otherwise the first rep the database knows. */
const SANDBOX_USER = "rep-alice";

/**
 * Sandbox's first screen in development: the flagship query, for the newest open lead of a demo
 * rep, with a fresh token for that rep in the headers, worked out each time the page is opened (so
 * it is never expired, and it appears once demo data or users exist).
 */
export function sandboxStart(options: DevSignInOptions, document: string): () => Promise<SandboxStart> {
  return async () => {
    const [user] = await options.db
      .select({ id: users.id, organizationId: users.organizationId, role: users.role, email: users.email })
      .from(users)
      .where(eq(users.role, "rep"))
      .orderBy(sql`${users.id} = ${SANDBOX_USER} desc`, asc(users.organizationId), asc(users.id))
      .limit(1);
    if (!user) return { document };
    const [lead] = await options.db
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.organizationId, user.organizationId), eq(leads.assignedToId, user.id), notInArray(leads.status, ["WON", "LOST"])))
      .orderBy(desc(leads.createdAt))
      .limit(1);
    const token = await signToken(
      options.secret,
      { userId: user.id, organizationId: user.organizationId, role: user.role, email: user.email ?? undefined },
      { issuer: options.issuer, audience: options.audience },
    );
    return { document, variables: lead ? { id: lead.id } : undefined, headers: { Authorization: `Bearer ${token}` } };
  };
}
