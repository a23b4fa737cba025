// urql (@urql/core) with Kefu's documents as they are: HTTP for the query and mutation,
// graphql-ws through subscriptionExchange for the subscription resumed with afterSeq.
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { expectTypeOf } from 'expect-type';
import {
  ConversationEventsDocument,
  ConversationHistoryDocument,
  SendMessageDocument,
  type ConversationEventsSubscription,
  type ConversationHistoryQuery,
  type SendMessageMutation,
} from '@kefu/client/documents';
import { authorization, createWsClient, env, report } from './kefu-env.js';

const ws = createWsClient();
const client = new Client({
  url: env.url,
  // POST: Kefu refuses header-less GET requests (CSRF prevention), urql's default for queries.
  preferGetMethod: false,
  fetchOptions: { headers: { authorization } },
  exchanges: [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({ subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }) }),
    }),
  ],
});

const queried = await client.query(ConversationHistoryDocument, { id: env.conversationId, last: 10 }).toPromise();
expectTypeOf(queried.data).toEqualTypeOf<ConversationHistoryQuery | undefined>();
// Compiled, never called: variables are typed (id is an ID, a string).
// @ts-expect-error number is not assignable to string
export const wrongVariables = () => client.query(ConversationHistoryDocument, { id: 1 });
if (queried.error) throw queried.error;

const sent = await client.mutation(SendMessageDocument, { input: { conversationId: env.conversationId, body: 'via urql', clientMessageId: crypto.randomUUID() } }).toPromise();
expectTypeOf(sent.data).toEqualTypeOf<SendMessageMutation | undefined>();
if (sent.error) throw sent.error;
const sentSeq = sent.data!.sendMessage.message.seq;

const resumed = await new Promise<{ seq: number; body: string }[]>((resolve, reject) => {
  const { unsubscribe } = client.subscription(ConversationEventsDocument, { conversationId: env.conversationId, afterSeq: sentSeq - 1 }).subscribe((result) => {
    expectTypeOf(result.data).toEqualTypeOf<ConversationEventsSubscription | undefined>();
    if (result.error) return reject(result.error);
    const event = result.data?.conversationEvents;
    if (event?.__typename !== 'Message') return;
    unsubscribe();
    resolve([{ seq: event.seq, body: event.body }]);
  });
});
await ws.dispose();
report({ client: 'urql', queriedLastSeq: queried.data!.conversation!.lastSeq, sentSeq, resumed });
