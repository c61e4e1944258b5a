// `pnpm start:subgraph` with several names runs those subgraphs in one process: each answers on its
// own port, and SIGTERM stops them all (with their job workers) and ends the process cleanly.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { signToken } from "@revgraph/auth";
import { loadConfig, REPO_ROOT } from "@revgraph/config";
import { Client, freshDatabase } from "@revgraph/testkit";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts `main-subgraph.ts` with these arguments; `exit` resolves with its exit code and what it logged. */
function startSubgraphs(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/stack/src/main-subgraph.ts", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })));
  return { child, exit };
}

async function waitReady(port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`port ${port} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("several subgraphs in one process (start:subgraph with several names)", () => {
  it("refuses an unknown or repeated name with a usage line and exit code 2", async () => {
    for (const args of [["sales", "billing"], ["sales", "sales"], []]) {
      const { code, output } = await startSubgraphs(args, {}).exit;
      expect(code, args.join(" ")).toBe(2);
      expect(output).toContain("usage: start:subgraph");
    }
  });

  it("serves each named subgraph on its own port and stops them all on SIGTERM", async () => {
    const serverUrl = loadConfig().databaseUrl;
    if (!serverUrl) {
      // On the embedded database (one process only) it refuses, saying why.
      const { code, output } = await startSubgraphs(["sales", "scoring"], {}).exit;
      expect(code).toBe(2);
      expect(output).toContain("needs DATABASE_URL");
      return;
    }
    const { database, url, dropDatabase } = await freshDatabase(serverUrl);
    await database.close();
    const secret = crypto.randomBytes(32).toString("hex");
    const [salesPort, scoringPort] = [await freePort(), await freePort()];
    const { child, exit } = startSubgraphs(["sales", "scoring"], {
      DATABASE_URL: url!,
      JWT_SECRET: secret,
      SALES_PORT: String(salesPort),
      SCORING_PORT: String(scoringPort),
    });
    try {
      await Promise.all([waitReady(salesPort), waitReady(scoringPort)]);
      const token = await signToken(secret, { userId: "rep-one", organizationId: "org-one", role: "rep", email: "rep-one@example.test" });
      const sales = await new Client(`http://127.0.0.1:${salesPort}/graphql`, token).query("{ me { id } }");
      expect(sales.me.id).toBe("rep-one");
      const scoring = await new Client(`http://127.0.0.1:${scoringPort}/graphql`, token).query("{ scoringModel { level } }");
      expect(scoring.scoringModel.level).toBe("DEFAULT");

      child.kill("SIGTERM");
      const { code } = await exit;
      expect(code).toBe(0);
      await expect(fetch(`http://127.0.0.1:${salesPort}/health/live`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${scoringPort}/health/live`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
      await dropDatabase();
    }
  });
});
