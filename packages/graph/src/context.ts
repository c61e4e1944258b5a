import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { Logger } from "./logger";

/** What every resolver gets: the verified caller, the database, a logger, the request's id. Built per request. */
export interface BaseContext {
  identity: Identity;
  /** The request's id (x-request-id): in error answers and log lines. */
  requestId: string;
  db: Database;
  log: Logger;
}
