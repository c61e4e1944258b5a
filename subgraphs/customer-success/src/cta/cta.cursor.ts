/** Opaque keyset cursors of the CTA queue: base64url JSON of the priority rank, the due date and the id. */
import { PRIORITIES } from "@revgraph/db/vocabulary";
import { badInput, isUuid } from "@revgraph/graph";
import { priorityRank } from "./cta-urgency";
import type { CtaRow, QueueCursor } from "./cta.repository";

const MAX_CURSOR_LENGTH = 256;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeCursor(row: CtaRow): string {
  return Buffer.from(JSON.stringify([priorityRank(row.priority), row.dueAt.toISOString(), row.id])).toString("base64url");
}

/** A forged cursor is a BAD_USER_INPUT, never a database error. */
export function decodeCursor(field: string, cursor: string): QueueCursor {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const [rank, dueAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
      if (
        Number.isInteger(rank) &&
        (rank as number) >= 0 &&
        (rank as number) < PRIORITIES.length &&
        typeof dueAt === "string" &&
        ISO_TIMESTAMP.test(dueAt) &&
        !Number.isNaN(Date.parse(dueAt)) &&
        typeof id === "string" &&
        isUuid(id)
      ) {
        return { rank: rank as number, dueAt, id };
      }
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
