import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["reflect-metadata"],
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          testTimeout: 30_000,
          include: ["**/src/**/*.test.ts", "scripts/**/*.test.ts", "drizzle/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: { name: "integration", include: ["tests/**/*.int.test.ts"], exclude: ["tests/**/*-redis.int.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      // The web app's component tests (jsdom).
      "apps/web/vitest.config.ts",
      {
        // The web app in Chromium against the real stack: `pnpm test:e2e` and CI (needs /usr/bin/chromium or CHROMIUM_PATH).
        extends: true,
        test: { name: "e2e", include: ["tests/**/*.e2e.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        // Needs a Redis server (REDIS_URL, default redis://127.0.0.1:6379): run by `pnpm test:redis` and CI, not by `pnpm test`.
        extends: true,
        test: { name: "redis", include: ["tests/**/*-redis.int.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
    ],
  },
});
