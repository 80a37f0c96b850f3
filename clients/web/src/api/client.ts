import { createClient, type Client } from "graphql-sse";
import { RefreshTokenDocument, type TypedDocumentString } from "../gql/graphql";
import { session } from "./session";

/** The gateway's endpoint: same origin by default (tools/Graph.WebHost and `npm run dev` proxy /graphql). */
export const graphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL ?? "/graphql";

/**
 * With VITE_TRUSTED_DOCUMENTS=true the storefront sends only each operation's id from the generated
 * persisted-documents.json, for a gateway started with Gateway:TrustedDocuments.
 */
const trustedDocuments = import.meta.env.VITE_TRUSTED_DOCUMENTS === "true";

/** A GraphQL error of the response (not a typed payload error). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

function body<TResult, TVariables>(document: Document<TResult, TVariables>, variables: TVariables | undefined) {
  const hash = document.__meta__?.["hash"] as string | undefined;
  return trustedDocuments && hash
    ? { documentId: hash, variables: variables ?? {} }
    : { query: document.toString(), variables: variables ?? {} };
}

let refreshing: Promise<string | null> | null = null;

/** Exchanges the stored refresh token for a new pair, once at a time; null (and signed out) when it is refused. */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken();
    if (!refreshToken) return null;
    const response = await post(RefreshTokenDocument, { input: { refreshToken } }, null);
    const payload = response.data?.refreshToken;
    if (payload?.accessToken && payload.refreshToken && payload.expiresAt && payload.user) {
      session.store({
        accessToken: payload.accessToken,
        refreshToken: payload.refreshToken,
        expiresAt: payload.expiresAt,
        user: payload.user,
      });
      return payload.accessToken;
    }
    session.clear();
    return null;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The access token to send, refreshed first when it is about to expire; null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  return session.freshAccessToken() ?? (session.refreshToken() ? refreshAccessToken() : null);
}

async function post<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables | undefined,
  token: string | null,
): Promise<GraphQLResponse<TResult> & { status: number }> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  if (token) headers["authorization"] = `Bearer ${token}`;
  const response = await fetch(graphqlUrl, { method: "POST", headers, body: JSON.stringify(body(document, variables)) });
  const json = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  return { ...json, status: response.status };
}

function unauthenticated(response: { status: number; errors?: { extensions?: { code?: string } }[] }) {
  return response.status === 401 || (response.errors ?? []).some((e) => e.extensions?.code === "AUTH_NOT_AUTHENTICATED");
}

/**
 * Runs a query or mutation with the session's token. A 401 (an expired or revoked access token) refreshes the token
 * once and retries; GraphQL errors without data throw a {@link GraphQLRequestError}.
 */
export async function execute<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response = await post(document, variables, await currentAccessToken());
  if (unauthenticated(response) && session.refreshToken()) {
    response = await post(document, variables, await refreshAccessToken());
  }
  if (!response.data) {
    const first = response.errors?.[0];
    throw new GraphQLRequestError(first?.message ?? `The gateway answered ${response.status}.`, first?.extensions?.code);
  }
  return response.data;
}

let sse: Client<true> | null = null;

function sseClient(): Client<true> {
  // Single-connection mode: every subscription of the page shares one event stream; the token is read on each
  // (re)connect, so a refreshed token is used after a reconnect.
  sse ??= createClient({
    url: graphqlUrl,
    singleConnection: true,
    headers: async () => {
      const token = await currentAccessToken();
      const headers: Record<string, string> = {};
      if (token) headers["authorization"] = `Bearer ${token}`;
      return headers;
    },
  });
  return sse as Client<true>;
}

/** Subscribes over graphql-sse; returns the function that ends the subscription. */
export function subscribe<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  onError: (error: unknown) => void,
): () => void {
  // graphql-sse sends the request object as it is: in trusted-documents mode that is { documentId, variables }.
  const request = body(document, variables) as { query: string; variables: Record<string, unknown> };
  return sseClient().subscribe<TResult>(
    request,
    {
      next: (result) => {
        if (result.data) onData(result.data);
        else if (result.errors?.length) onError(new GraphQLRequestError(result.errors[0]!.message, undefined));
      },
      error: onError,
      complete: () => {},
    },
  );
}
