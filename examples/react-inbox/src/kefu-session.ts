// One signed-in agent: urql for queries, mutations and the inbox subscription, and the Kefu SDK
// beside it on the same token for what urql does not do: following a conversation with resume by
// seq, and sending through an outbox that retries until the server stored the message once.
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { createKefuClient, type KefuClient } from '@kefu/client';

export interface KefuSession {
  urql: Client;
  kefu: KefuClient;
  close(): void;
}

export function createKefuSession(url: string, token: string): KefuSession {
  const ws = createWsClient({ url: url.replace(/^http/, 'ws'), connectionParams: { authorization: `Bearer ${token}` } });
  const urql = new Client({
    url,
    // POST: Kefu refuses header-less GET requests (CSRF prevention), urql's default for queries.
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({ subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }) }),
      }),
    ],
  });
  // localStorage keeps unsent messages across reloads; one outbox per token.
  const kefu = createKefuClient({ url, auth: token, storage: localStorage, outboxKey: `kefu:outbox:${token.slice(-12)}` });
  return {
    urql,
    kefu,
    close() {
      void kefu.close();
      void ws.dispose();
    },
  };
}
