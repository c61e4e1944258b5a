/**
 * Where the app's bearer token comes from. Production: the host page (or its OIDC client) provides
 * `window.__REVGRAPH_TOKEN__`. Development: the gateway's development sign-in signs one for a demo user,
 * kept in sessionStorage for this tab.
 */

/** A token, or a function the host page provides that returns a fresh one (e.g. from its OIDC client). */
export type HostToken = string | (() => string | Promise<string>);

declare global {
  interface Window {
    __REVGRAPH_TOKEN__?: HostToken;
  }
}

export interface DevUser {
  id: string;
  organizationId: string;
  role: string;
  email: string | null;
}

export interface Session {
  /** Returns the current token (the host page's function is asked on every request, so it can refresh). */
  getToken: () => Promise<string>;
  source: "host" | "development";
  /** The demo user signed in through development sign-in. */
  devUser?: DevUser;
}

const STORAGE_KEY = "revgraph.dev-session";

/** The host page's session, if it provides a token. */
export function hostSession(): Session | undefined {
  const provided = window.__REVGRAPH_TOKEN__;
  if (!provided) return undefined;
  return { source: "host", getToken: async () => (typeof provided === "function" ? provided() : provided) };
}

/** The demo users the development sign-in offers, or null when the server has none (production). */
export async function fetchDevUsers(): Promise<DevUser[] | null> {
  const response = await fetch(`${apiOrigin()}/dev/users`);
  if (!response.ok) return null;
  const body = (await response.json()) as { users: DevUser[] };
  return body.users;
}

/** Signs in as a demo user through the development sign-in; the session is kept for this tab. */
export async function devSignIn(userId: string, organizationId?: string): Promise<Session> {
  const query = new URLSearchParams({ user: userId, ...(organizationId ? { org: organizationId } : {}) });
  const response = await fetch(`${apiOrigin()}/dev/token?${query}`);
  if (!response.ok) throw new Error(response.status === 404 ? `There is no user ${userId} to sign in as.` : `Sign-in failed (${response.status}).`);
  const { token, user } = (await response.json()) as { token: string; user: DevUser };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user }));
  return devSession(token, user);
}

/** The development session this tab signed in with earlier, if its token has not expired. */
export function storedDevSession(now = Date.now()): Session | undefined {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const { token, user } = JSON.parse(raw) as { token: string; user: DevUser };
    if (tokenExpiry(token) <= now) return undefined;
    return devSession(token, user);
  } catch {
    return undefined;
  }
}

export function forgetDevSession() {
  sessionStorage.removeItem(STORAGE_KEY);
}

function devSession(token: string, user: DevUser): Session {
  return { source: "development", devUser: user, getToken: async () => token };
}

/** Milliseconds since the epoch at which a JWT expires (0 when unreadable). */
function tokenExpiry(token: string): number {
  const payload = token.split(".")[1];
  if (!payload) return 0;
  const { exp } = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: number };
  return typeof exp === "number" ? exp * 1000 : 0;
}

/** The gateway's origin: the page's own (the gateway serves the app, the dev server proxies to it). */
function apiOrigin(): string {
  return window.location.origin;
}
