import { builder } from '../graphql/builder.ts';
import type { Message } from '../storage/models.ts';
import type { MessageJson } from '../events/topics.ts';

const AuthorTypeEnum = builder.enumType('AuthorType', {
  description: 'Who wrote a message.',
  values: {
    VISITOR: { description: 'The visitor.' },
    AGENT: { description: 'A human agent.' },
    BOT: { description: 'The bot or an integration using an API key.' },
    SYSTEM: { description: 'Kefu itself.' },
  },
});

const MessageKindEnum = builder.enumType('MessageKind', {
  description: 'What a conversation event records.',
  values: {
    TEXT: { description: 'A chat message or internal note.' },
    STATUS_CHANGED: { description: 'The status changed; data has from and to.' },
    ASSIGNED: { description: 'The assignee changed; data has from and to agent ids.' },
    PRIORITY_CHANGED: { description: 'The priority changed (internal).' },
    LEFT_MESSAGE: { description: 'A message the visitor left with the leave-a-message form; data has name and email. The bot never answers it.' },
  },
});

// Events reach subscribers as JSON from the bus (dates as strings), and queries as Prisma rows.
export const MessageRef = builder.prismaObject('Message', {
  description: 'One event of a conversation: a message, an internal note or a change. Ordered by seq.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    conversationId: t.exposeID('conversationId', { description: 'Conversation it belongs to.' }),
    seq: t.exposeInt('seq', { description: 'Position in the conversation: gap-free for staff, increasing for everyone.' }),
    kind: t.expose('kind', { type: MessageKindEnum, description: 'What it records.' }),
    authorType: t.expose('authorType', { type: AuthorTypeEnum, description: 'Who wrote it.' }),
    authorAgentId: t.exposeID('authorAgentId', { nullable: true, description: 'Agent author, if any.' }),
    authorVisitorId: t.exposeID('authorVisitorId', { nullable: true, description: 'Visitor author, if any.' }),
    body: t.exposeString('body', { description: 'Text.' }),
    internal: t.exposeBoolean('internal', { description: 'Internal notes are never shown to visitors.' }),
    clientMessageId: t.exposeString('clientMessageId', { nullable: true, description: 'The sender’s idempotency key.' }),
    data: t.expose('data', { type: 'JSON', nullable: true, description: 'Structured details of change events.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was stored.', resolve: (m) => (m as Message | MessageJson).createdAt }),
    authorAgent: t.relation('authorAgent', { nullable: true, description: 'Agent author (costs a lookup; prefer authorAgentId in subscriptions).' }),
  }),
});
