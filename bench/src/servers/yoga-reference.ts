// Reference 2, what a user gets by following the docs: graphql-yoga + graphql-ws (the Yoga
// "Subscriptions over graphql-ws" recipe), createPubSub with one topic per conversation, the
// same operation documents as Kefu, no storage, no auth, no resume.
// Entry point: node --import tsx yoga-reference.ts <port>
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { serveYogaOverGraphqlWs } from './serve-yoga-over-graphql-ws.ts';
import { createReferenceMessages, type ReferenceMessage } from './reference-message.ts';

const port = Number(process.argv[2]);
const pubSub = createPubSub<Record<string, [ReferenceMessage]>>();
const nextMessage = createReferenceMessages();

const yoga = createYoga({
  graphiql: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Message { id: ID! conversationId: ID! seq: Int! kind: String! authorType: String! body: String! clientMessageId: String createdAt: String! }
      type ResyncRequired { conversationId: ID! afterSeq: Int! latestSeq: Int! }
      union ConversationEvent = Message | ResyncRequired
      input SendMessageInput { conversationId: ID! body: String! clientMessageId: String! internal: Boolean }
      type SendMessagePayload { isDuplicate: Boolean! message: Message! }
      type Query { ok: Boolean }
      type Mutation { sendMessage(input: SendMessageInput!): SendMessagePayload! }
      type Subscription { conversationEvents(conversationId: ID!, afterSeq: Int): ConversationEvent! }
    `,
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
