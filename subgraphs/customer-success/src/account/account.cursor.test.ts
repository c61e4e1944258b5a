import { describe, expect, it } from "vitest";
import { decodeAccountCursor, encodeAccountCursor } from "./account.cursor";
import type { AccountRow } from "./account.repository";

const row = { id: "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b", healthScore: 42, name: 'Acme, "Inc."' } as AccountRow;
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("accounts list cursors", () => {
  it("round-trip the list position", () => {
    expect(decodeAccountCursor("after", encodeAccountCursor(row))).toEqual({ healthScore: 42, name: row.name, id: row.id });
  });

  it("hold the longest name an account may have, in any script", () => {
    const longest = { ...row, name: "健".repeat(200) };
    expect(decodeAccountCursor("after", encodeAccountCursor(longest)).name).toBe(longest.name);
  });

  it("refuse forged cursors with BAD_USER_INPUT naming the argument", () => {
    for (const cursor of [
      "nope",
      forge([4.5, "a", row.id]),
      forge(["42", "a", row.id]),
      forge([42, 7, row.id]),
      forge([42, "a", "1; drop"]),
      forge({ healthScore: 1 }),
      "x".repeat(1100),
    ]) {
      expect(() => decodeAccountCursor("after", cursor)).toThrowError(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "after" } }));
    }
  });
});
