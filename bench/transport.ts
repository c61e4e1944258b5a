/**
 * What a request costs in transport alone (`pnpm bench:transport`, about a minute): the CPU of one
 * subgraph call from the gateway's fetcher against `node:http`'s client, and what one character
 * beyond Latin-1 costs a work-list-sized answer on its way out of one process and into the next.
 *
 *   options: --calls 15000 (per client and round)  --rounds 3
 *
 * (1) A child process serves a few hundred bytes of JSON over keep-alive HTTP; ten concurrent
 *     callers post a small `_entities` request to it, in rounds alternating the clients. CPU is
 *     user + system time of each side divided by the calls (medians over rounds).
 * (2) A 100-lead answer shaped like the work list's, once in ASCII and once with a "−" in every
 *     other reasoning: decoding it from UTF-8, and sending it through a local `node:http` server
 *     as a string (what `res.end(JSON.stringify(…) + "\n")` does) or encoded to a Buffer first.
 */
import { fork } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { subgraphFetch } from "@revgraph/gateway";
import { machineSummary } from "./support/machine";
import { median } from "./support/stats";
import { option } from "./support/options";

const ANSWER = JSON.stringify({ data: { _entities: [{ __typename: "Lead", profile: { temperature: "COLD", engagementScore: 2.22, intentScore: 0.33 } }] } });
const REQUEST = JSON.stringify({
  query: "query($representations:[_Any!]!){_entities(representations:$representations){...on Lead{profile{temperature engagementScore intentScore}}}}",
  variables: { representations: [{ __typename: "Lead", id: "06dd536e-c9c8-40cb-a029-86fe86732c9f" }] },
});
const HEADERS = { "content-type": "application/json", authorization: `Bearer ${"x".repeat(220)}`, "x-request-id": "3f1c0a7e-5b2d-4c8e-9a61-2d7f4b8e0c13" };

/** The child: a keep-alive server answering ANSWER, reporting its own CPU when asked. */
function serveChild(): void {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(ANSWER);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on("message", () => {
    const cpu = process.cpuUsage();
    process.send!({ cpu: cpu.user + cpu.system });
  });
}

const nodeAgent = new http.Agent({ keepAlive: true });

/** One call through node:http's client, the answer buffered (the gateway's fetcher before undici). */
function nodeHttpCall(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: HEADERS, agent: nodeAgent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(REQUEST);
  });
}

async function fetcherCall(url: URL): Promise<string> {
  return (await subgraphFetch(url.href, { method: "POST", headers: HEADERS, body: REQUEST })).text();
}

async function clientCosts(calls: number, rounds: number): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ["--child"], { execArgv: process.execArgv });
  const { port } = await new Promise<{ port: number }>((resolve) => child.once("message", (m) => resolve(m as { port: number })));
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  const childCpu = () =>
    new Promise<number>((resolve) => {
      child.once("message", (m) => resolve((m as { cpu: number }).cpu));
      child.send("cpu");
    });
  const run = async (call: (url: URL) => Promise<string>, n: number) => {
    let left = n;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (left-- > 0) if ((await call(url)) !== ANSWER) throw new Error("wrong answer");
      }),
    );
  };
  const clients = { "node:http": nodeHttpCall, "the gateway's subgraphFetch (undici)": fetcherCall };
  const results = new Map<string, { client: number[]; server: number[]; rate: number[] }>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, call] of Object.entries(clients)) {
      await run(call, 2000);
      const [server0, client0, t0] = [await childCpu(), process.cpuUsage(), performance.now()];
      await run(call, calls);
      const [server1, client1, t1] = [await childCpu(), process.cpuUsage(client0), performance.now()];
      const r = results.get(name) ?? { client: [], server: [], rate: [] };
      r.client.push((client1.user + client1.system) / calls);
      r.server.push((server1 - server0) / calls);
      r.rate.push((calls / (t1 - t0)) * 1000);
      results.set(name, r);
    }
  }
  child.kill();
  nodeAgent.destroy();
  console.log(`\n(1) One subgraph call, ${calls} per round, 10 at a time, ${rounds} rounds (medians)\n`);
  console.log("| client | client CPU µs/call | server CPU µs/call | calls/s |\n| --- | --- | --- | --- |");
  for (const [name, r] of results) console.log(`| ${name} | ${median(r.client).toFixed(1)} | ${median(r.server).toFixed(1)} | ${median(r.rate).toFixed(0)} |`);
}

/** A work list's answer: 100 leads with a prediction (five factors, reasoning) and a next action. */
function workListAnswer(minus: string): string {
  const nodes = Array.from({ length: 100 }, (_, i) => ({
    id: `06dd536e-c9c8-40cb-a029-${String(i).padStart(12, "0")}`,
    name: "Tanvi Banerjee",
    status: "NEW",
    score: 39,
    prediction: {
      probability: 0.8175439813803467,
      confidence: "LOW",
      personalized: true,
      factors: Array.from({ length: 5 }, () => ({ name: "early.PROPERTY_VIEW", contribution: 0.7915726946005534 })),
      reasoning: `Your 545 leads (weighed against your team's 2203) show property views drive your wins; this lead has 0 (${i % 2 ? minus : "-"}0.89). This lead is at 82% (low confidence); the factor moving it most is days in funnel: this lead is less than a day old (+0.93).`,
    },
    nextAction: { action: "MEETING", priority: "HIGH", reasoning: "Of your 354 closed leads still open at 7 days old, 25 of the 40 with a meeting in their first week were won." },
    profile: { temperature: "COLD", engagementScore: 2.22, intentScore: 0.33 },
    account: { name: "Falcon Networks", healthScore: 94 },
  }));
  return JSON.stringify({ data: { leads: { nodes } } });
}

function microseconds(work: () => unknown, times: number): number {
  for (let i = 0; i < 20; i++) work();
  const t = performance.now();
  for (let i = 0; i < times; i++) work();
  return ((performance.now() - t) * 1000) / times;
}

const sendAgent = new http.Agent({ keepAlive: true });

/** Client and server CPU per request of a local server that stringifies `answer` as Apollo Server does and sends it. */
async function sendCost(answer: string, asBuffer: boolean, times: number): Promise<number> {
  const value: unknown = JSON.parse(answer);
  const server = http.createServer((_req, res) => {
    const body = JSON.stringify(value) + "\n";
    res.setHeader("content-type", "application/json");
    if (!asBuffer) return void res.end(body);
    const encoded = Buffer.from(body, "utf8");
    res.setHeader("content-length", encoded.length);
    res.end(encoded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const get = () =>
    new Promise<void>((resolve) =>
      http.get(url, { agent: sendAgent }, (response) => {
        response.resume();
        response.on("end", resolve);
      }),
    );
  for (let i = 0; i < 50; i++) await get();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < times; i++) await get();
  const cpu = process.cpuUsage(cpu0);
  server.close();
  return (cpu.user + cpu.system) / times;
}

async function answerCosts(rounds: number): Promise<void> {
  console.log(`\n(2) A work list's answer (100 leads), ${rounds} rounds (medians, µs)\n`);
  console.log(
    "| answer | bytes | decode UTF-8 | JSON.parse of the decoded text | stringify and send as a string (server + client) | stringify, encode to a Buffer, send |\n| --- | --- | --- | --- | --- | --- |",
  );
  for (const [label, minus] of [
    ["ASCII", "-"],
    ['a "−" (U+2212) in every other reasoning', "−"],
  ]) {
    const text = workListAnswer(minus!);
    const bytes = Buffer.from(text, "utf8");
    const decode: number[] = [];
    const parse: number[] = [];
    const asString: number[] = [];
    const asBuffer: number[] = [];
    for (let round = 0; round < rounds; round++) {
      decode.push(microseconds(() => bytes.toString("utf8"), 300));
      parse.push(microseconds(() => JSON.parse(text), 300));
      asString.push(await sendCost(text, false, 300));
      asBuffer.push(await sendCost(text, true, 300));
    }
    const m = (xs: number[]) => median(xs).toFixed(0);
    console.log(`| ${label} | ${bytes.length} | ${m(decode)} | ${m(parse)} | ${m(asString)} | ${m(asBuffer)} |`);
  }
}

if (process.argv.includes("--child")) {
  serveChild();
} else {
  console.log(`# Transport costs\n${machineSummary().replace(/ · database .*/, "")}`);
  await clientCosts(Number(option("calls", "15000")), Number(option("rounds", "3")));
  await answerCosts(Number(option("rounds", "3")));
  sendAgent.destroy();
}
