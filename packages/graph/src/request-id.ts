/** The id of each HTTP request served, for error responses and logs (carried in the GraphQL context). */
import crypto from "node:crypto";

const WELL_FORMED = /^[A-Za-z0-9-]{8,64}$/;

export const REQUEST_ID_HEADER = "x-request-id";

/** Takes the caller's id when trusted and well formed (the gateway's, in subgraphs), else a new one. */
export function requestIdFor(header: string | string[] | undefined, trusted: boolean): string {
  if (trusted && typeof header === "string" && WELL_FORMED.test(header)) return header;
  return crypto.randomUUID();
}
