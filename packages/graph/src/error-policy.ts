/**
 * What clients may see of an error. Expected errors (coded on purpose) keep their code and message;
 * anything else is logged in full with the request id and, in production, replaced by
 * INTERNAL_SERVER_ERROR carrying only that id: no SQL, parameters or internal URLs.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger";
import { currentRequestId } from "./request-id";

export const OPERATION_TOO_COMPLEX = "OPERATION_TOO_COMPLEX";

/** Codes raised deliberately, whose messages are written for clients. */
export const EXPECTED_ERROR_CODES: ReadonlySet<string> = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_REQUEST",
  OPERATION_TOO_COMPLEX,
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_NOT_ALLOWED",
]);

// graphql-js words it "more that N tokens" (sic).
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

export function createFormatError(options: { production: boolean; log: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) return { message: `The document has more than ${tokens[1]} tokens; the limit is ${tokens[1]}`, extensions: { code: OPERATION_TOO_COMPLEX } };
    if (typeof code === "string" && EXPECTED_ERROR_CODES.has(code)) return formatted;
    const requestId = currentRequestId();
    options.log.error({ err: unwrapResolverError(error), requestId, path: formatted.path, code }, "unexpected error");
    if (!options.production) return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}
