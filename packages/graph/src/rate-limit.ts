/**
 * Per-user and per-organization request limits at the gateway. Fixed windows (one minute by
 * default) that start at a key's first request, counted in memory or in Redis (shared by
 * replicas). A request is counted against both limits only if neither is exhausted, so one user
 * hammering the gateway after their own refusal does not use up their colleagues' allowance.
 * If the store fails (Redis unreachable), requests are let through and a warning is logged.
 */
import crypto from "node:crypto";
import { GraphQLError } from "graphql";
import { HeaderMap } from "@apollo/server";
import { Redis } from "ioredis";
import type { Logger } from "./logger";

export interface RateLimits {
  userPerWindow: number;
  orgPerWindow: number;
  windowMs: number;
}

/** Sized for a CRM front end: a busy rep's screen sends a few requests a second at most. */
export const DEFAULT_RATE_LIMITS: RateLimits = { userPerWindow: 600, orgPerWindow: 3000, windowMs: 60_000 };

export type RateLimitScope = "user" | "organization";

/** One key's window: requests counted so far and milliseconds until it resets. */
export interface WindowCount {
  count: number;
  resetMs: number;
}

export interface StoreHit {
  admitted: boolean;
  user: WindowCount;
  org: WindowCount;
}

/** Where counts live. `hit` checks both windows and, only if both have room, counts the request in each — atomically. */
export interface RateLimitStore {
  hit(keys: { user: string; org: string }, limits: RateLimits): Promise<StoreHit>;
  /** Resolves once the store answers; rejects if it does not within a short time. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** What the gateway tells the caller: the limit that refused, or else the one closest to running out. */
export interface RateLimitDecision {
  allowed: boolean;
  scope: RateLimitScope;
  limit: number;
  remaining: number;
  /** Milliseconds until that limit's window resets. */
  resetMs: number;
  limits: RateLimits;
}

export interface RateLimiter {
  /** Counts one request by this caller; null when the store could not answer (the request is let through). */
  check(identity: { userId: string; organizationId: string }): Promise<RateLimitDecision | null>;
  /** Resolves once the store answers (Redis connected); rejects otherwise. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  limits?: Partial<RateLimits>;
  /** Count in Redis (shared by every gateway replica) instead of this process's memory. */
  redisUrl?: string;
  /** Prefix of every Redis key (tests use a unique one per run). */
  keyPrefix?: string;
  log: Logger;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.limits };
  const log = options.log.child({ component: "rate-limit" });
  const store: RateLimitStore = options.redisUrl ? new RedisRateLimitStore(options.redisUrl, log) : new MemoryRateLimitStore(limits.windowMs);
  const prefix = options.keyPrefix ?? "revgraph:rl";
  let lastWarning = 0;
  let suppressed = 0;
  return {
    async check({ userId, organizationId }) {
      // The hash tag {org} keeps a caller's two keys in one Redis Cluster slot, as the script needs.
      const org = `${prefix}:{${organizationId}}`;
      try {
        return decide(await store.hit({ user: `${org}:u:${userId}`, org: `${org}:o` }, limits), limits);
      } catch (error) {
        // Fail open: an unreachable Redis must not take the product down. One warning per 10 s.
        const now = Date.now();
        if (now - lastWarning >= 10_000) {
          log.warn({ err: error, suppressed }, "rate limit store unavailable; requests are let through unlimited");
          lastWarning = now;
          suppressed = 0;
        } else suppressed += 1;
        return null;
      }
    },
    ready: () => store.ready(),
    close: () => store.close(),
  };
}

/** Pure: turns a store's counts into the caller's answer. */
export function decide(hit: StoreHit, limits: RateLimits): RateLimitDecision {
  const user = { scope: "user" as const, limit: limits.userPerWindow, ...hit.user };
  const org = { scope: "organization" as const, limit: limits.orgPerWindow, ...hit.org };
  if (!hit.admitted) {
    // Both may be exhausted: the one that resets later is the one the caller waits for.
    const exhausted = [user, org].filter((w) => w.count >= w.limit);
    const named = exhausted.reduce((later, w) => (w.resetMs > later.resetMs ? w : later), exhausted[0] ?? user);
    return { allowed: false, scope: named.scope, limit: named.limit, remaining: 0, resetMs: named.resetMs, limits };
  }
  const closest = org.limit - org.count < user.limit - user.count ? org : user;
  return { allowed: true, scope: closest.scope, limit: closest.limit, remaining: Math.max(0, closest.limit - closest.count), resetMs: closest.resetMs, limits };
}

/** IETF draft RateLimit headers (draft-ietf-httpapi-ratelimit-headers), plus Retry-After on a refusal. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const window = Math.round(decision.limits.windowMs / 1000);
  const reset = String(Math.max(1, Math.ceil(decision.resetMs / 1000)));
  return {
    "ratelimit-limit": String(decision.limit),
    "ratelimit-remaining": String(decision.remaining),
    "ratelimit-reset": reset,
    "ratelimit-policy": `${decision.limits.userPerWindow};w=${window}, ${decision.limits.orgPerWindow};w=${window}`,
    ...(decision.allowed ? {} : { "retry-after": reset }),
  };
}

/** The GraphQL error a refused request gets: HTTP 429, RATE_LIMITED, which limit and when to retry. */
export function rateLimitedError(decision: RateLimitDecision): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(decision.resetMs / 1000));
  const per = Math.round(decision.limits.windowMs / 1000) === 60 ? "minute" : `${Math.round(decision.limits.windowMs / 1000)} s`;
  const who = decision.scope === "user" ? "for this user" : "for this organization";
  return new GraphQLError(`Rate limit exceeded: ${decision.limit} requests per ${per} ${who}. Retry in ${retryAfter} s.`, {
    extensions: {
      code: "RATE_LIMITED",
      scope: decision.scope,
      retryAfter,
      http: { status: 429, headers: new HeaderMap(Object.entries(rateLimitHeaders(decision))) },
    },
  });
}

/** Counts in this process. Windows expire by time; a sweep each window (and a cap on keys) bounds memory. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    windowMs: number,
    private readonly maxKeys = 200_000,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), windowMs);
    this.sweeper.unref();
  }

  get size(): number {
    return this.windows.size;
  }

  async hit(keys: { user: string; org: string }, limits: RateLimits): Promise<StoreHit> {
    const now = this.now();
    const user = this.current(keys.user, now, limits.windowMs);
    const org = this.current(keys.org, now, limits.windowMs);
    const admitted = user.count < limits.userPerWindow && org.count < limits.orgPerWindow;
    if (admitted) {
      user.count += 1;
      org.count += 1;
    }
    return { admitted, user: { count: user.count, resetMs: user.resetAt - now }, org: { count: org.count, resetMs: org.resetAt - now } };
  }

  /** Drops expired windows; past the cap, the oldest ones too (a flood of distinct callers cannot grow memory without bound). */
  sweep(now = this.now()): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }

  async ready(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.windows.clear();
  }

  private current(key: string, now: number, windowMs: number) {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (!window && this.windows.size >= this.maxKeys) this.sweep(now);
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    return window;
  }
}

// KEYS: user, org. ARGV: user limit, org limit, window ms. Returns admitted, user count, user ttl, org count, org ttl.
const HIT_SCRIPT = `
local u = tonumber(redis.call('GET', KEYS[1]) or '0')
local o = tonumber(redis.call('GET', KEYS[2]) or '0')
local admitted = 0
if u < tonumber(ARGV[1]) and o < tonumber(ARGV[2]) then
  admitted = 1
  u = redis.call('INCR', KEYS[1])
  o = redis.call('INCR', KEYS[2])
end
local function ttl(key)
  local t = redis.call('PTTL', key)
  if t < 0 then
    if t == -1 then redis.call('PEXPIRE', key, ARGV[3]) end
    t = tonumber(ARGV[3])
  end
  return t
end
return { admitted, u, ttl(KEYS[1]), o, ttl(KEYS[2]) }
`;
const HIT_SCRIPT_SHA = crypto.createHash("sha1").update(HIT_SCRIPT).digest("hex");

/** Counts in Redis with one Lua script per request (one round trip, atomic), so every gateway replica shares the counts. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string, log: Logger) {
    this.redis = new Redis(url, {
      // Fail fast instead of queueing while disconnected: the limiter then lets the request through.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    });
    let reported = false;
    this.redis.on("error", (error) => {
      if (!reported) log.warn({ err: error }, "rate limit store: Redis connection error");
      reported = true;
    });
    this.redis.on("ready", () => {
      reported = false;
    });
  }

  async ready(timeoutMs = 2000): Promise<void> {
    if (this.redis.status !== "ready") {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Redis not ready after ${timeoutMs} ms (${this.redis.status})`)), timeoutMs);
        this.redis.once("ready", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await this.redis.ping();
  }

  async hit(keys: { user: string; org: string }, limits: RateLimits): Promise<StoreHit> {
    const args = [2, keys.user, keys.org, limits.userPerWindow, limits.orgPerWindow, limits.windowMs] as const;
    let reply: unknown;
    try {
      reply = await this.redis.evalsha(HIT_SCRIPT_SHA, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      reply = await this.redis.eval(HIT_SCRIPT, ...args);
    }
    const [admitted, userCount, userTtl, orgCount, orgTtl] = (reply as number[]).map(Number);
    return { admitted: admitted === 1, user: { count: userCount!, resetMs: userTtl! }, org: { count: orgCount!, resetMs: orgTtl! } };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
