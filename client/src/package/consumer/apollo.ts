// Apollo Client 4 with Kefu's documents as they are: HttpLink for the query and mutation,
// GraphQLWsLink (graphql-ws) for the subscription resumed with afterSeq.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
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
const isSubscription = ({ query }: ApolloLink.Operation) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};
const client = new ApolloClient({
  link: ApolloLink.split(isSubscription, new GraphQLWsLink(ws), new HttpLink({ uri: env.url, headers: { authorization } })),
  cache: new InMemoryCache(),
});

const queried = await client.query({ query: ConversationHistoryDocument, variables: { id: env.conversationId, last: 10 }, fetchPolicy: 'network-only' });
expectTypeOf(queried.data).toEqualTypeOf<ConversationHistoryQuery | undefined>();
// Compiled, never called: variables are typed (last is an Int).
// @ts-expect-error string is not assignable to number
export const wrongVariables = () => client.query({ query: ConversationHistoryDocument, variables: { id: env.conversationId, last: 'ten' } });

const sent = await client.mutate({ mutation: SendMessageDocument, variables: { input: { conversationId: env.conversationId, body: 'via apollo', clientMessageId: crypto.randomUUID() } } });
expectTypeOf(sent.data).toEqualTypeOf<SendMessageMutation | undefined>();
const sentSeq = sent.data!.sendMessage.message.seq;

const resumed = await new Promise<{ seq: number; body: string }[]>((resolve, reject) => {
  const subscription = client.subscribe({ query: ConversationEventsDocument, variables: { conversationId: env.conversationId, afterSeq: sentSeq - 1 } }).subscribe({
    next: (result) => {
      expectTypeOf(result.data).toEqualTypeOf<ConversationEventsSubscription | undefined>();
      if (result.error) return reject(result.error);
      const event = result.data?.conversationEvents;
      if (event?.__typename !== 'Message') return;
      subscription.unsubscribe();
      resolve([{ seq: event.seq, body: event.body }]);
    },
    error: reject,
  });
});
client.stop();
await ws.dispose();
report({ client: 'apollo', queriedLastSeq: queried.data!.conversation!.lastSeq, sentSeq, resumed });
