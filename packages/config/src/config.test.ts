// Unit tests: configuration derived from the environment.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("loadConfig", () => {
  it("puts the embedded database that pnpm start and pnpm seed both open inside DATA_DIR", () => {
    // Regression: seed opened DATA_DIR itself while start opened DATA_DIR/pglite, so seeded data never showed.
    expect(loadConfig({ DATA_DIR: "/srv/revgraph" }).embeddedDatabaseDir).toBe(path.join("/srv/revgraph", "pglite"));
  });

  it("names each bad variable instead of starting with a wrong setting", () => {
    expect(() => loadConfig({ GATEWAY_PORT: "99999", JWT_SECRET: "short" })).toThrow(/GATEWAY_PORT.*JWT_SECRET|JWT_SECRET.*GATEWAY_PORT/);
  });

  it("keeps the gateway's usage report to Apollo off unless the operator turns it on", () => {
    expect(loadConfig({}).apolloTelemetry).toBe(false);
    expect(loadConfig({ APOLLO_TELEMETRY_DISABLED: "false" }).apolloTelemetry).toBe(true);
    expect(loadConfig({ APOLLO_TELEMETRY_DISABLED: "1" }).apolloTelemetry).toBe(false);
    expect(() => loadConfig({ APOLLO_TELEMETRY_DISABLED: "no" })).toThrow(/APOLLO_TELEMETRY_DISABLED/);
  });
});
