// GraphQL queries and mutations over HTTP POST with the platform fetch.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AuthProvider } from './auth-provider.ts';
import type { ConnectionStateTracker } from './connection-state.ts';
import { KefuClientError, toKefuClientError, type GraphQLErrorJson } from './kefu-client-error.ts';
import { toOperationPayload, type DocumentSendMode, type OperationPayload } from './operation-payload.ts';

/** Variables are optional exactly when the operation has no required variable. */
export type VariablesArgs<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Runs a typed operation and resolves with its `data`; throws KefuClientError on any error. */
export type RequestFn = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgs<TVariables>) => Promise<TResult>;

interface GraphQLResponseJson {
  data?: unknown;
  errors?: GraphQLErrorJson[];
}

export function createHttpRequest(deps: { url: string; auth: AuthProvider; fetch: typeof fetch; state: ConnectionStateTracker; documentMode: DocumentSendMode }): RequestFn {
  const post = async (payload: OperationPayload, token: string | null): Promise<GraphQLResponseJson> => {
    let body: GraphQLResponseJson;
    try {
      const response = await deps.fetch(deps.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(payload),
      });
      body = (await response.json()) as GraphQLResponseJson;
    } catch (cause) {
      deps.state.reportFailure();
      throw new KefuClientError('NETWORK_ERROR', `Could not reach ${deps.url}: ${cause instanceof Error ? cause.message : String(cause)}. Check the URL and the network; the SDK retries sends.`, { cause });
    }
    deps.state.reportSuccess();
    return body;
  };

  // Refreshes in progress. A request made from inside the auth callback that is refused too gets
  // UNAUTHENTICATED instead of a second refresh, which would loop (refresh with a client without auth).
  let refreshing = 0;
  const refresh = async () => {
    refreshing++;
    try {
      return await deps.auth({ isRejected: true });
    } finally {
      refreshing--;
    }
  };

  return async (document, ...[variables]) => {
    const payload = toOperationPayload(document, variables, deps.documentMode);
    const token = await deps.auth({ isRejected: false });
    let result = await post(payload, token);
    if (token && refreshing === 0 && result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      const fresh = await refresh();
      if (fresh && fresh !== token) result = await post(payload, fresh);
    }
    if (result.errors?.length) throw toKefuClientError(result.errors);
    if (result.data == null) throw new KefuClientError('INTERNAL_SERVER_ERROR', 'The server answered without data or errors.');
    return result.data as never;
  };
}
