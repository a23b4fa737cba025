// graphql-request with Kefu's documents as they are for the query and mutation; it has no
// subscriptions, so graphql-ws runs the one resumed with afterSeq (typed with ResultOf).
import type { ResultOf } from '@graphql-typed-document-node/core';
import { expectTypeOf } from 'expect-type';
import { GraphQLClient } from 'graphql-request';
import { printDocument } from '@kefu/client';
import {
  ConversationEventsDocument,
  ConversationHistoryDocument,
  SendMessageDocument,
  type ConversationEventsSubscription,
  type ConversationHistoryQuery,
  type SendMessageMutation,
} from '@kefu/client/documents';
import { authorization, createWsClient, env, report } from './kefu-env.js';

const client = new GraphQLClient(env.url, { headers: { authorization } });
const queried = await client.request(ConversationHistoryDocument, { id: env.conversationId, last: 10 });
expectTypeOf(queried).toEqualTypeOf<ConversationHistoryQuery>();
// Compiled, never called: variables are typed (id is required).
// @ts-expect-error property id is missing
export const wrongVariables = () => client.request(ConversationHistoryDocument, { last: 10 });

const sent = await client.request(SendMessageDocument, { input: { conversationId: env.conversationId, body: 'via graphql-request', clientMessageId: crypto.randomUUID() } });
expectTypeOf(sent).toEqualTypeOf<SendMessageMutation>();
const sentSeq = sent.sendMessage.message.seq;

const ws = createWsClient();
const resumed: { seq: number; body: string }[] = [];
const events = ws.iterate<ResultOf<typeof ConversationEventsDocument>>({
  query: printDocument(ConversationEventsDocument),
  variables: { conversationId: env.conversationId, afterSeq: sentSeq - 1 },
});
for await (const result of events) {
  expectTypeOf(result.data).toEqualTypeOf<ConversationEventsSubscription | null | undefined>();
  const event = result.data?.conversationEvents;
  if (event?.__typename !== 'Message') continue;
  resumed.push({ seq: event.seq, body: event.body });
  break;
}
await ws.dispose();
report({ client: 'graphql-request', queriedLastSeq: queried.conversation!.lastSeq, sentSeq, resumed });
