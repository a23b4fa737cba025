// Reference 3, what a user builds instead of Kefu by following the Yoga and Prisma docs: the stock
// Yoga server of yoga-reference.ts whose sendMessage stores the message with Prisma first (an
// interactive transaction: increment the conversation's lastSeq, create the Message with it, as
// the Prisma docs show for a counter and a dependent row), then publishes it through Yoga's
// pubsub. Prisma 6 with the better-sqlite3 driver adapter on a fresh SQLite file in WAL mode with
// synchronous = NORMAL (as Kefu and the raw insert use). No auth, no dedupe, no resume.
// The tables are Kefu's (its migrations create them), so the rows are the same as Kefu writes.
// Entry point: node --import tsx yoga-prisma-reference.ts <port>
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { serveYogaOverGraphqlWs } from './serve-yoga-over-graphql-ws.ts';
import { resolveDatabaseTarget } from '../../../src/storage/database-url.ts';
import { PrismaClient } from '../../../src/storage/generated/sqlite/index.js';
import { applyMigrations } from '../../../src/storage/migrate.ts';
import { REFERENCE_TYPE_DEFS, type ReferenceMessage } from './reference-message.ts';

const port = Number(process.argv[2]);
const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-yoga-prisma-'));
const file = join(dataDir, 'reference.db');
await applyMigrations(resolveDatabaseTarget({ database: { url: `file:${file}` }, dataDir }));
const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
const workspace = await prisma.workspace.create({ data: { name: 'Reference', widgetKey: `reference-${process.pid}` } });
const visitor = await prisma.visitor.create({ data: { workspaceId: workspace.id } });
const pubSub = createPubSub<Record<string, [ReferenceMessage]>>();

const yoga = createYoga({
  graphiql: false,
  schema: createSchema({
    typeDefs: REFERENCE_TYPE_DEFS,
    resolvers: {
      ConversationEvent: { __resolveType: () => 'Message' },
      Mutation: {
        sendMessage: async (_root: unknown, { input }: { input: { conversationId: string; body: string; clientMessageId: string } }) => {
          const stored = await prisma.$transaction(async (tx) => {
            const conversation = await tx.conversation.update({ where: { id: input.conversationId }, data: { lastSeq: { increment: 1 }, lastMessageAt: new Date() } });
            return tx.message.create({
              data: { workspaceId: workspace.id, conversationId: conversation.id, seq: conversation.lastSeq, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: visitor.id, body: input.body, clientMessageId: input.clientMessageId },
            });
          });
          const message: ReferenceMessage = { __typename: 'Message', id: stored.id, conversationId: stored.conversationId, seq: stored.seq, kind: 'TEXT', authorType: 'VISITOR', body: stored.body, clientMessageId: input.clientMessageId, createdAt: stored.createdAt.toISOString() };
          await pubSub.publish(`conversation:${message.conversationId}`, message);
          return { isDuplicate: false, message };
        },
      },
      Subscription: {
        conversationEvents: {
          // The bench's conversations exist before anyone subscribes (setup, not measured).
          subscribe: async (_root: unknown, args: { conversationId: string }) => {
            await prisma.conversation.upsert({ where: { id: args.conversationId }, create: { id: args.conversationId, workspaceId: workspace.id, visitorId: visitor.id }, update: {} });
            return pubSub.subscribe(`conversation:${args.conversationId}`);
          },
          resolve: (message: ReferenceMessage) => message,
        },
      },
    },
  }),
});

serveYogaOverGraphqlWs(yoga, port);
process.on('SIGTERM', () => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
