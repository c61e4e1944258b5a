/** A minimal GraphQL-over-HTTP client for tests: what a real client sends, nothing more. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** A generated client document (client/generated): typed, and carrying its persisted-operation hash. */
export type ClientDocument<TData, TVariables> = TypedDocumentNode<TData, TVariables> & { __meta__?: { hash?: string } };
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse["errors"] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response (${response.status}): ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), data: body.data, errors: body.errors };
}

/** A caller bound to one token. `query` throws on GraphQL errors; `raw` returns them. */
export class Client {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  raw<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
    return postGraphQL<T>(this.url, query, variables, this.token ? { authorization: `Bearer ${this.token}` } : {});
  }

  /**
   * Runs one of the first-party client's operations (client/operations) the way the app does: by
   * its persisted hash only, typed by codegen. Throws on GraphQL errors.
   */
  async operation<TData, TVariables extends Record<string, unknown>>(document: ClientDocument<TData, TVariables>, variables: TVariables): Promise<TData> {
    const hash = document.__meta__?.hash;
    if (!hash) throw new Error("Not a generated client document: it carries no persisted hash");
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const body = (await response.json()) as { data?: TData; errors?: GraphQLResponse["errors"] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
    return body.data as TData;
  }

  async query<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.raw<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }
}
