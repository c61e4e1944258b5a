/** The id of the HTTP request being served, for error responses and logs (carried by AsyncLocalStorage). */
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";

const store = new AsyncLocalStorage<string>();
const WELL_FORMED = /^[A-Za-z0-9-]{8,64}$/;

export const REQUEST_ID_HEADER = "x-request-id";

/** Runs `fn` as the request `id`; everything it awaits sees that id. */
export function runWithRequestId<T>(id: string, fn: () => T): T {
  return store.run(id, fn);
}

export function currentRequestId(): string | undefined {
  return store.getStore();
}

/** Takes the caller's id when trusted and well formed (the gateway's, in subgraphs), else a new one. */
export function requestIdFor(header: string | string[] | undefined, trusted: boolean): string {
  if (trusted && typeof header === "string" && WELL_FORMED.test(header)) return header;
  return crypto.randomUUID();
}
