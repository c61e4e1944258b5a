// Unit tests: the static handler that serves the built web app on the gateway's port.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webAppRoutes } from "./web-app";

let dir: string;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "web-app-"));
  dir = path.join(root, "dist");
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>app</title>");
  fs.writeFileSync(path.join(dir, "assets", "index-abc.js"), "console.log('app')");
  fs.writeFileSync(path.join(root, "secret.txt"), "not for the web");
  const routes = webAppRoutes(dir)!;
  server = http.createServer(async (req, res) => {
    if (!(await routes(req, res, new URL(req.url ?? "/", "http://localhost")))) {
      res.statusCode = 404;
      res.end("unhandled");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe("webAppRoutes", () => {
  it("serves hashed assets with a long cache and their content type", async () => {
    const response = await fetch(`${origin}/app/assets/index-abc.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(await response.text()).toBe("console.log('app')");
  });

  it("answers the app's own pages with index.html, revalidated on every load", async () => {
    const response = await fetch(`${origin}/app/leads/123`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("<title>app</title>");
  });

  it("never serves a file outside the build, however the path is encoded", async () => {
    for (const attempt of ["/app/..%2fsecret.txt", "/app/%2e%2e/secret.txt", "/app/assets/..%2f..%2fsecret.txt"]) {
      const body = await (await fetch(`${origin}${attempt}`)).text();
      expect(body, attempt).not.toContain("not for the web");
    }
  });

  it("leaves every other path to the server, and redirects /app to /app/", async () => {
    expect(await (await fetch(`${origin}/graphql`)).text()).toBe("unhandled");
    const redirect = await fetch(`${origin}/app?as=rep-alice`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/app/?as=rep-alice");
  });

  it("is absent when the app has not been built", () => {
    expect(webAppRoutes(path.join(os.tmpdir(), "no-such-build"))).toBeNull();
  });
});
