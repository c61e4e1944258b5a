/** Keyset cursors of the CTA queue: the priority rank, the due date and the id. */
import { PRIORITIES } from "@revgraph/db/vocabulary";
import { decodeCursor as decode, encodeCursor as encode, isUuid } from "@revgraph/graph";
import { priorityRank } from "./cta-urgency";
import type { CtaRow, QueueCursor } from "./cta.repository";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeCursor(row: CtaRow): string {
  return encode([priorityRank(row.priority), row.dueAt.toISOString(), row.id]);
}

export function decodeCursor(field: string, cursor: string): QueueCursor {
  return decode(field, cursor, ([rank, dueAt, id]) =>
    Number.isInteger(rank) &&
    (rank as number) >= 0 &&
    (rank as number) < PRIORITIES.length &&
    typeof dueAt === "string" &&
    ISO_TIMESTAMP.test(dueAt) &&
    !Number.isNaN(Date.parse(dueAt)) &&
    typeof id === "string" &&
    isUuid(id)
      ? { rank: rank as number, dueAt, id }
      : null,
  );
}
