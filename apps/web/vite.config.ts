import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where the gateway listens in development; the dev server proxies the API and the development sign-in to it. */
const gateway = `http://localhost:${process.env.GATEWAY_PORT ?? "4000"}`;

export default defineConfig({
  // The gateway serves the built app under /app/ (packages/stack/src/web-app.ts).
  base: "/app/",
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/graphql": gateway, "/dev": gateway },
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
