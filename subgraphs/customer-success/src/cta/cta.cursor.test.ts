import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cta.cursor";
import type { CtaRow } from "./cta.repository";

const row = { id: "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b", priority: "HIGH", dueAt: new Date("2026-03-01T10:00:00Z") } as CtaRow;
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("CTA queue cursors", () => {
  it("round-trips the queue position", () => {
    expect(decodeCursor("after", encodeCursor(row))).toEqual({ rank: 1, dueAt: "2026-03-01T10:00:00.000Z", id: row.id });
  });

  it("refuses forged cursors with BAD_USER_INPUT naming the argument", () => {
    for (const cursor of ["nope", forge([9, "2026-03-01T10:00:00Z", row.id]), forge([1, "yesterday", row.id]), forge([1, "2026-03-01T10:00:00Z", "1; drop"]), "x".repeat(300)]) {
      expect(() => decodeCursor("after", cursor)).toThrowError(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "after" } }));
    }
  });
});
