// Reference 2, what a user gets by following the docs: graphql-yoga + graphql-ws (the Yoga
// "Subscriptions over graphql-ws" recipe), createPubSub with one topic per conversation, the
// same operation documents as Kefu, no storage, no auth, no resume.
// Entry point: node --import tsx yoga-reference.ts <port>
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { serveYogaOverGraphqlWs } from './serve-yoga-over-graphql-ws.ts';
import { createReferenceMessages, REFERENCE_TYPE_DEFS, type ReferenceMessage } from './reference-message.ts';

const port = Number(process.argv[2]);
const pubSub = createPubSub<Record<string, [ReferenceMessage]>>();
const nextMessage = createReferenceMessages();

const yoga = createYoga({
  graphiql: false,
  schema: createSchema({
    typeDefs: REFERENCE_TYPE_DEFS,
    resolvers: {
      ConversationEvent: { __resolveType: () => 'Message' },
      Mutation: {
        sendMessage: (_root: unknown, { input }: { input: { conversationId: string; body: string; clientMessageId: string } }) => {
          const message = nextMessage(input);
          pubSub.publish(`conversation:${message.conversationId}`, message);
          return { isDuplicate: false, message };
        },
      },
      Subscription: {
        conversationEvents: {
          subscribe: (_root: unknown, args: { conversationId: string }) => pubSub.subscribe(`conversation:${args.conversationId}`),
          resolve: (message: ReferenceMessage) => message,
        },
      },
    },
  }),
});

serveYogaOverGraphqlWs(yoga, port);
process.on('SIGTERM', () => process.exit(0));
