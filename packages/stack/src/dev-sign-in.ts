/**
 * Development sign-in: lists the users the database knows and signs a token for one of them, so the
 * web app can open as any demo user. Never served in production (startStack does not mount it).
 */
import type { ServerResponse } from "node:http";
import { signToken } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { users } from "@revgraph/db/schema";
import type { HttpRoutes } from "@revgraph/graph";
import { and, asc, eq } from "drizzle-orm";

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
