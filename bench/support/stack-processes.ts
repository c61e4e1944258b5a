/**
 * The five processes as production runs them (`pnpm start:subgraph <name>` ×4, `pnpm start:gateway`),
 * each a child process of the benchmark on a fresh PostgreSQL database seeded with the demo data,
 * plus the floor server and the comparison gateway (Hive); and what each costs, read from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";
import postgres from "postgres";

export const SUBGRAPHS = ["sales", "scoring", "personalization", "customer-success"] as const;

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  url: string;
}

/** Drops and recreates `database` on the server of `adminUrl`, then migrates and seeds it with `pnpm seed`. */
export async function freshDemoDatabase(adminUrl: string, database: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  await run(["scripts/seed.ts"], { DATABASE_URL: url.toString() });
  return url.toString();
}

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

export interface StackEnv {
  databaseUrl: string;
  jwtSecret: string;
  /** The gateway listens here, the subgraphs on the next four ports, the floor on the fifth, Hive Gateway on the sixth. */
  basePort: number;
  logLevel: string;
  /** Extra node flags for every process of the stack (e.g. --cpu-prof). */
  nodeFlags?: string[];
  /** Which subgraphs share a process (`pnpm start:subgraph sales scoring …`, named "sales+scoring"); default: each its own. */
  subgraphProcesses?: string[][];
}

/** The Node flags production starts its processes with: those of package.json's `start:subgraph` (`node <flags> --import tsx …`). */
export const PRODUCTION_NODE_FLAGS = productionNodeFlags();

function productionNodeFlags(): string[] {
  const script: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).scripts["start:subgraph"];
  const words = script.split(/\s+/);
  if (words[0] !== "node" || !words.includes("--import")) throw new Error(`start:subgraph is not "node <flags> --import tsx …": ${script}`);
  return words.slice(1, words.indexOf("--import"));
}

/** Every server of the bench (the floor too) runs with production's Node flags, then the bench's own. */
function start(name: string, args: string[], env: Record<string, string>, nodeFlags: string[], url: string): Child {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...nodeFlags, "--import", "tsx", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (!child.pid) throw new Error(`${name} did not start`);
  return { name, process: child, pid: child.pid, url };
}

// Generous: on a shared two-core box under load, compiling a process's TypeScript at start takes a minute or more.
async function waitReady(child: Child, url = child.url, timeoutMs = 180_000): Promise<void> {
  const health = url.replace(/\/graphql$/, "/health/ready");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with ${child.process.exitCode}`);
    const ok = await fetch(health, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${child.name} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stackPorts(basePort: number) {
  return { gateway: basePort, sales: basePort + 1, scoring: basePort + 2, personalization: basePort + 3, "customer-success": basePort + 4 };
}

/** The environment every process of the stack runs with: production mode, the bench's ports, rate limits out of reach. */
function stackEnv(options: StackEnv): Record<string, string> {
  const ports = stackPorts(options.basePort);
  return {
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    LOG_LEVEL: options.logLevel,
    // The benchmark is one user on purpose: the per-user limit would measure the limiter, not the graph.
    RATE_LIMIT_USER_PER_MINUTE: "100000000",
    RATE_LIMIT_ORG_PER_MINUTE: "100000000",
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_HOST: "127.0.0.1",
    SALES_PORT: String(ports.sales),
    SCORING_PORT: String(ports.scoring),
    PERSONALIZATION_PORT: String(ports.personalization),
    CUSTOMER_SUCCESS_PORT: String(ports["customer-success"]),
  };
}

/** The four subgraphs one per process, as production's example runs them. */
export const SEPARATE_SUBGRAPHS: string[][] = SUBGRAPHS.map((name) => [name]);

/** Starts the four subgraphs (one process each, or grouped as `subgraphProcesses` says), then the gateway, in production mode; resolves when all are ready. */
export async function startStackProcesses(options: StackEnv): Promise<Child[]> {
  const ports = stackPorts(options.basePort);
  const env = stackEnv(options);
  const flags = options.nodeFlags ?? [];
  const urlOf = (name: string) => `http://localhost:${ports[name as (typeof SUBGRAPHS)[number]]}/graphql`;
  const groups = options.subgraphProcesses ?? SEPARATE_SUBGRAPHS;
  const grouped = groups.flat();
  if (grouped.length !== SUBGRAPHS.length || !SUBGRAPHS.every((name) => grouped.includes(name)))
    throw new Error(`every subgraph must be in exactly one process: ${JSON.stringify(groups)}`);
  const subgraphs = groups.map((names) => start(names.join("+"), ["packages/stack/src/main-subgraph.ts", ...names], env, flags, urlOf(names[0]!)));
  const all = [...subgraphs];
  try {
    await Promise.all(groups.flatMap((names, i) => names.map((name) => waitReady(subgraphs[i]!, urlOf(name)))));
    const gateway = start("gateway", ["packages/stack/src/main-gateway.ts"], env, flags, `http://localhost:${ports.gateway}/graphql`);
    all.unshift(gateway);
    await waitReady(gateway);
    return all;
  } catch (error) {
    await stopAll(all);
    throw error;
  }
}

/**
 * Hive Gateway with the Rust query planner (bench/hive/gateway.ts) over the same supergraph and subgraphs,
 * on the port after the floor's, for the comparison with the product's gateway.
 */
export async function startHiveGateway(options: StackEnv): Promise<Child> {
  const port = options.basePort + 6;
  const hive = start("hive", ["bench/hive/gateway.ts"], { ...stackEnv(options), GATEWAY_PORT: String(port) }, options.nodeFlags ?? [], `http://localhost:${port}/graphql`);
  await waitReady(hive).catch(async (error: unknown) => {
    await stopAll([hive]);
    throw error;
  });
  return hive;
}

/** The floor server (floor-server.ts) as its own process, on the port after the subgraphs'. */
export async function startFloor(options: StackEnv): Promise<Child> {
  const port = options.basePort + 5;
  const floor = start("floor", ["bench/support/floor-server.ts", options.databaseUrl, String(port), options.jwtSecret], {}, [], `http://localhost:${port}/graphql`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(floor.url, { method: "POST", body: "{}", signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    );
    if (up) return floor;
    if (Date.now() > deadline || floor.process.exitCode !== null) {
      await stopAll([floor]);
      throw new Error("the floor server did not start");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stopAll(children: Child[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.process.exitCode !== null) return resolve();
          const timer = setTimeout(() => c.process.kill("SIGKILL"), 15_000);
          c.process.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          c.process.kill("SIGTERM");
        }),
    ),
  );
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat fields 14 and 15). */
export function cpuMs(pid: number): number {
  return cpuMsOfStat(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
}

/** User + system time in a /proc/<pid>/stat line. */
function cpuMsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size of a process, in MiB (/proc/<pid>/status VmRSS). */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * Resident set size of every process below a process (its children, theirs, ...) together, in MiB;
 * 0 when it has none. A process that ends while being read counts 0.
 */
export function descendantsRssMiB(pid: number): number {
  let total = 0;
  for (const child of childPids(pid)) {
    try {
      total += rssMiB(child) + descendantsRssMiB(child);
    } catch {
      // It ended between the listing and the reading.
    }
  }
  return total;
}

/** A process's direct children (Linux lists them per thread that started them). */
function childPids(pid: number): number[] {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/**
 * CPU ms of every process, and of the PostgreSQL server's processes together under "postgres" (it
 * shares the two cores: a statement fewer or cheaper shows there). A backend that ends between two
 * snapshots takes its CPU with it; the servers' pools keep theirs open.
 */
export function cpuSnapshot(children: Child[]): Map<string, number> {
  return new Map([...children.map((c) => [c.name, cpuMs(c.pid)] as const), ["postgres", postgresCpuMs()]]);
}

function postgresCpuMs(): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.includes("(postgres)")) total += cpuMsOfStat(stat);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/**
 * Waits until the processes are nearly idle together (under `cores` of CPU over one second), at most
 * `timeoutMs`; returns how long it waited. The requests a load run leaves in flight at its end go on
 * running in the stack, and on a loaded machine a 50-client work list leaves tens of seconds of
 * work: without this, the next phase would pay for it.
 */
export async function waitIdle(children: Child[], timeoutMs = 90_000, cores = 0.15): Promise<number> {
  const started = Date.now();
  for (;;) {
    const before = cpuSnapshot(children);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuSnapshot(children);
    const used = [...after].reduce((sum, [name, ms]) => sum + ms - (before.get(name) ?? ms), 0) / 1000;
    if (used < cores) return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      const busy = [...after].map(([name, ms]) => `${name} ${Math.round(ms - (before.get(name) ?? ms))} ms`).join(", ");
      console.log(`  still busy after ${timeoutMs / 1000} s, CPU over the last second: ${busy}`);
      return Date.now() - started;
    }
  }
}

/** CPU ms per request of each process between two snapshots. */
export function cpuPerRequest(before: Map<string, number>, after: Map<string, number>, requests: number): Record<string, number> {
  return Object.fromEntries([...after].map(([name, ms]) => [name, requests ? (ms - (before.get(name) ?? 0)) / requests : Number.NaN]));
}

export const PROFILE_DIR = path.join(REPO_ROOT, ".data", "cpu-profiles");
