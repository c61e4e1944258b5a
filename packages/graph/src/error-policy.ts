/**
 * What clients may see of an error. Expected errors (coded on purpose) keep their code and message;
 * anything else is logged in full with the request id and, in production, replaced by
 * INTERNAL_SERVER_ERROR carrying only that id: no SQL, parameters or internal URLs.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger";

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

/**
 * The request each error happened in. Carried on the errors themselves rather than in an
 * AsyncLocalStorage, whose promise hooks cost every process 2-3% of its CPU per request.
 */
const requestIds = new WeakMap<object, string>();

/** Ties errors to the request they happened in, for formatError's log line and masked answer. */
export function tagWithRequestId(errors: readonly unknown[], requestId: string): void {
  for (const error of errors) if (typeof error === "object" && error !== null) requestIds.set(error, requestId);
}

function requestIdOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const original = (error as { originalError?: unknown }).originalError;
  return requestIds.get(error) ?? (typeof original === "object" && original !== null ? requestIds.get(original) : undefined);
}

/** Tags every error of a request with the context's request id before formatError sees it. */
export function requestIdPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = (contextValue as { requestId?: unknown }).requestId;
      if (typeof requestId !== "string") return;
      return {
        async didEncounterErrors({ errors }) {
          tagWithRequestId(errors, requestId);
        },
      };
    },
  };
}

export function createFormatError(options: { production: boolean; log: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) return { message: `The document has more than ${tokens[1]} tokens; the limit is ${tokens[1]}`, extensions: { code: OPERATION_TOO_COMPLEX } };
    if (typeof code === "string" && EXPECTED_ERROR_CODES.has(code)) return formatted;
    const requestId = requestIdOf(error);
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
