import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subgraphFetch } from "./subgraph-fetcher";

describe("subgraphFetch", () => {
  const seen: { method?: string; body: string; authorization?: string; port: number }[] = [];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        seen.push({ method: request.method, body: Buffer.concat(chunks).toString(), authorization: request.headers.authorization, port: request.socket.remotePort! });
        const status = request.url === "/fail" ? 400 : 200;
        response.writeHead(status, { "content-type": "application/json", "cache-control": "max-age=5, private" });
        response.end(JSON.stringify({ data: { echo: Buffer.concat(chunks).toString() }, errors: status === 400 ? [{ message: "bad" }] : undefined }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the method, headers and body, and reads status, headers and JSON", async () => {
    const response = await subgraphFetch(`${url}/graphql`, { method: "POST", headers: { authorization: "Bearer t", "content-type": "application/json" }, body: '{"q":"é"}' });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("max-age=5, private");
    expect(await response.json()).toEqual({ data: { echo: '{"q":"é"}' } });
    expect(seen.at(-1)).toMatchObject({ method: "POST", authorization: "Bearer t", body: '{"q":"é"}' });
  });

  it("passes a failure status on with its body", async () => {
    const response = await subgraphFetch(`${url}/fail`, { method: "POST", body: "{}" });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(400);
    expect(JSON.parse(await response.clone().text())).toMatchObject({ errors: [{ message: "bad" }] });
  });

  it("keeps connections alive between requests", async () => {
    // The dispatcher frees a connection on the tick after its answer, so a request sent at once may open a second one; no more.
    for (const body of ["1", "2", "3", "4", "5", "6"]) await (await subgraphFetch(`${url}/graphql`, { method: "POST", body })).text();
    expect(new Set(seen.slice(-6).map((request) => request.port)).size).toBeLessThanOrEqual(2);
  });

  it("rejects when nothing listens, and refuses other protocols", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(subgraphFetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", body: "{}" })).rejects.toThrow(/ECONNREFUSED/);
    await expect(subgraphFetch("file:///etc/hosts")).rejects.toThrow(/http or https/);
  });
});
