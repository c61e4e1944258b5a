import { Writable } from "node:stream";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createFormatError, tagWithRequestId } from "./error-policy";
import { createLogger } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger("test", "error", new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) }));
  return { lines, log };
}

const sqlError = { message: 'Failed query: select * from "sales"."leads" where id = $1\nparams: 42', extensions: { code: "INTERNAL_SERVER_ERROR" } };

describe("createFormatError", () => {
  it("replaces an unexpected error in production with INTERNAL_SERVER_ERROR and the request id, and logs the original", () => {
    const { lines, log } = capture();
    const format = createFormatError({ production: true, log });
    const original = new Error(sqlError.message);
    tagWithRequestId([original], "req-12345678");
    const masked = format({ ...sqlError, path: ["lead"] }, original);
    expect(masked).toEqual({ message: "Internal server error", path: ["lead"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-12345678" } });
    expect(lines[0]).toMatchObject({ requestId: "req-12345678", err: { message: sqlError.message } });
  });

  it("keeps expected errors as they are, in production too", () => {
    const { lines, log } = capture();
    const format = createFormatError({ production: true, log });
    const expected = { message: "id must be a UUID", extensions: { code: "BAD_USER_INPUT", field: "id" } };
    expect(format(expected, new GraphQLError(expected.message))).toBe(expected);
    expect(lines).toEqual([]);
  });

  it("keeps a rate-limit refusal's code, scope and retry time in production", () => {
    const { lines, log } = capture();
    const format = createFormatError({ production: true, log });
    const refusal = { message: "Rate limit exceeded: 600 requests per minute for this user. Retry in 12 s.", extensions: { code: "RATE_LIMITED", scope: "user", retryAfter: 12 } };
    expect(format(refusal, new GraphQLError(refusal.message))).toBe(refusal);
    expect(lines).toEqual([]);
  });

  it("shows unexpected errors in development, with the request id, and still logs them", () => {
    const { lines, log } = capture();
    const format = createFormatError({ production: false, log });
    const original = new Error(sqlError.message);
    tagWithRequestId([original], "req-abcdefgh");
    const shown = format(sqlError, new GraphQLError(sqlError.message, { originalError: original }));
    expect(shown).toMatchObject({ message: sqlError.message, extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-abcdefgh" } });
    expect(lines).toHaveLength(1);
  });

  it("reports the parser's token limit as OPERATION_TOO_COMPLEX", () => {
    const format = createFormatError({ production: true, log: capture().log });
    const parse = { message: "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.", extensions: { code: "GRAPHQL_PARSE_FAILED" } };
    expect(format(parse, undefined)).toEqual({ message: "The document has more than 5000 tokens; the limit is 5000", extensions: { code: "OPERATION_TOO_COMPLEX" } });
  });
});
