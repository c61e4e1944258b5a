import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { Logger } from "./logger";

/** What every resolver gets: the verified caller, the database, a logger. Built per request. */
export interface BaseContext {
  identity: Identity;
  db: Database;
  log: Logger;
}
