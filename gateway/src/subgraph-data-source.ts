/** How the gateway calls a subgraph: forwards the caller's token and request id, and never echoes the subgraph's URL. */
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Identity } from "@revgraph/auth";
import { REQUEST_ID_HEADER, currentRequestId, type RateLimitDecision } from "@revgraph/graph";
import { GraphQLError } from "graphql";

export interface GatewayContext {
  identity: Identity;
  /** The caller's own bearer token, passed on so each subgraph verifies it independently. */
  authorization: string;
  /** Where the caller stands against the rate limits (null when the limit store could not answer). */
  rateLimit: RateLimitDecision | null;
}

const STATUS_CODES: Record<number, string> = { 400: "BAD_REQUEST", 401: "UNAUTHENTICATED", 403: "FORBIDDEN" };

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    const requestId = currentRequestId();
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }

  /**
   * A non-2xx answer becomes the subgraph's own first error (its code and message), instead of
   * the default error that carries the subgraph's URL and whole response body.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[] } | undefined;
    const first = typeof body === "object" && Array.isArray(body?.errors) ? body.errors[0] : undefined;
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : (STATUS_CODES[response.status] ?? "INTERNAL_SERVER_ERROR");
    const message = typeof first?.message === "string" ? first.message : `A subgraph answered ${response.status}`;
    const field = first?.extensions?.field;
    return new GraphQLError(message, { extensions: { code, ...(typeof field === "string" ? { field } : {}) } });
  }
}
