/** Serves the built web app (apps/web/dist) under /app/ on the gateway's port: static files, index.html for the app's own routes. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";
import type { HttpRoutes, Logger } from "@revgraph/graph";

/** Where the app is served; the app is built with the same base (apps/web/vite.config.ts). */
export const WEB_APP_PATH = "/app/";
export const WEB_APP_DIST = path.join(REPO_ROOT, "apps/web/dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/**
 * Routes for the built app in `dist`, or null when it has not been built. Hashed assets are cached
 * for a year; index.html is revalidated, so a new build shows on reload.
 */
export function webAppRoutes(dist: string = WEB_APP_DIST): HttpRoutes | null {
  const index = path.join(dist, "index.html");
  if (!fs.existsSync(index)) return null;
  const root = path.resolve(dist);
  return async (req, res, url) => {
    if (url.pathname === "/app") {
      res.statusCode = 308;
      res.setHeader("location", `${WEB_APP_PATH}${url.search}`);
      res.end();
      return true;
    }
    if (!url.pathname.startsWith(WEB_APP_PATH) || (req.method !== "GET" && req.method !== "HEAD")) return false;
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(WEB_APP_PATH.length));
    } catch {
      relative = "";
    }
    const file = path.resolve(root, relative);
    const inside = file.startsWith(root + path.sep);
    const isFile = inside && fs.statSync(file, { throwIfNoEntry: false })?.isFile();
    // Any other path under /app/ is one of the app's pages: the router in index.html draws it.
    const served = isFile ? file : index;
    res.statusCode = 200;
    res.setHeader("content-type", CONTENT_TYPES[path.extname(served)] ?? "application/octet-stream");
    res.setHeader("cache-control", served.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache");
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      fs.createReadStream(served).on("error", reject).pipe(res).on("finish", resolve);
    });
    return true;
  };
}

const WEB_SOURCES = ["apps/web/src", "apps/web/index.html", "apps/web/vite.config.ts", "client/generated"].map((p) => path.join(REPO_ROOT, p));

/**
 * Builds the web app when apps/web/dist is missing or older than its sources (a few seconds), so
 * `pnpm start` always serves the app as checked out. Returns false when the build failed.
 */
export function ensureWebAppBuilt(log: Logger): boolean {
  const built = fs.statSync(path.join(WEB_APP_DIST, "index.html"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built >= Math.max(...WEB_SOURCES.map(newestChange))) return true;
  log.info("building the web app (apps/web)");
  const result = spawnSync("pnpm", ["--filter", "web", "build"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (result.status === 0) return true;
  log.error({ output: `${result.stdout ?? ""}${result.stderr ?? ""}`.slice(-4000), error: result.error?.message }, "the web app did not build; the API runs without it");
  return false;
}

/** The latest modification time of a file or of any file under a folder. */
function newestChange(file: string): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newestChange(path.join(file, name))));
}
