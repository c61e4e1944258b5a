import { defineProject } from "vitest/config";

/** Component tests of the web app: jsdom, Testing Library, Apollo's MockedProvider. */
export default defineProject({
  esbuild: { jsx: "automatic" },
  test: {
    name: "web",
    environment: "jsdom",
    include: ["src/**/*.test.tsx"],
    setupFiles: ["src/test/setup.ts"],
    testTimeout: 20_000,
  },
});
