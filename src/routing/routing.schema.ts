import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import { ConversationRef } from '../conversation-log/conversation.schema.ts';
import type { Conversation } from '../storage/models.ts';
import { toStringList } from './assignment/find-available-agents.ts';
import { type QueueStatus, readQueueStatus } from './queue/read-queue-status.ts';
import { requestAgent } from './queue/request-agent.ts';
import { streamQueueStatus } from './queue/stream-queue-status.ts';
import { transferConversation } from './transfer-conversation.ts';

const QueueStateEnum = builder.enumType('QueueState', {
  description: 'Where a conversation stands in routing.',
  values: {
    NONE: { description: 'Not routed (the bot is answering, or the strategy is MANUAL and nobody picked it yet).' },
    WAITING: { description: 'In the queue, waiting for a free agent.' },
    ASSIGNED: { description: 'An agent has it.' },
    OFFLINE: { description: 'Nobody will come now (out of hours or waited too long); the visitor got the leave-a-message reply.' },
  },
});

const QueueStatusRef = builder.objectRef<QueueStatus>('QueueStatus').implement({
  description: 'A conversation’s place in the queue, for the visitor’s “you are number 3, about 2 minutes” line.',
  fields: (t) => ({
    conversationId: t.exposeID('conversationId', { description: 'The conversation.' }),
    state: t.field({ type: QueueStateEnum, description: 'Routing state.', resolve: (s) => s.state }),
    position: t.exposeInt('position', { nullable: true, description: '1 = served next; null unless WAITING.' }),
    etaSeconds: t.exposeInt('etaSeconds', { nullable: true, description: 'Estimated wait in seconds; null unless WAITING with an agent online.' }),
    isAgentOnline: t.exposeBoolean('isAgentOnline', { description: 'Whether an agent who could take it is online now; false: no honest wait exists, offer leaveMessage.' }),
  }),
});

builder.prismaObjectFields('Conversation', (t) => ({
  queueState: t.expose('queueState', { type: QueueStateEnum, description: 'Routing state.' }),
  queuedAt: t.expose('queuedAt', { type: 'DateTime', nullable: true, description: 'When it last joined the queue.' }),
  assignedAt: t.expose('assignedAt', { type: 'DateTime', nullable: true, description: 'When the current assignee got it.' }),
  language: t.exposeString('language', { nullable: true, description: 'Language an agent must speak, if any.' }),
  skills: t.stringList({ description: 'Skills an agent must have.', resolve: (c) => toStringList(c.skills) }),
  department: t.relation('department', { nullable: true, description: 'Department it is routed to.' }),
  queueStatus: t.field({ type: QueueStatusRef, description: 'Position and estimated wait (subscribe to queueStatus for updates).', resolve: (c, _args, ctx) => readQueueStatus(ctx.deps, c.id) }),
}));

const RequestAgentInput = builder.inputType('RequestAgentInput', {
  description: 'Input of requestAgent.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation.' }),
    departmentId: t.id({ description: 'Route only to this department’s members.' }),
    skills: t.stringList({ description: 'Skills the agent must have.' }),
    language: t.string({ description: 'Language the agent must speak, e.g. zh.' }),
  }),
});

const RequestAgentPayload = builder.objectRef<{ conversation: Conversation; queueStatus: QueueStatus }>('RequestAgentPayload').implement({
  description: 'Result of requestAgent.',
  fields: (t) => ({
    conversation: t.field({ type: ConversationRef, description: 'The conversation (assignee set if an agent was free).', resolve: (p) => p.conversation }),
    queueStatus: t.field({ type: QueueStatusRef, description: 'Place in the queue.', resolve: (p) => p.queueStatus }),
  }),
});

builder.mutationField('requestAgent', (t) =>
  t.field({
    type: RequestAgentPayload,
    description: 'Visitor (“talk to a person”) or bot handoff: route the conversation to a human now, or queue it.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RequestAgentInput, required: true }) },
    resolve: (_root, { input }, ctx) => requestAgent(ctx.deps, ctx.principal, { ...stripNulls(input), conversationId: String(input.conversationId), departmentId: input.departmentId ? String(input.departmentId) : undefined }),
  }),
);

const TransferConversationInput = builder.inputType('TransferConversationInput', {
  description: 'Input of transferConversation: give agentId or departmentId.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to transfer.' }),
    agentId: t.id({ description: 'Agent to transfer to (must have room).' }),
    departmentId: t.id({ description: 'Department to transfer to (its first free member, else its queue).' }),
    note: t.string({ description: 'Internal note for the next agent; never shown to the visitor. At most limits.messageMaxBytes UTF-8 bytes (16 KB by default).' }),
  }),
});

const TransferConversationPayload = builder.objectRef<{ conversation: Conversation }>('TransferConversationPayload').implement({
  description: 'Result of transferConversation.',
  fields: (t) => ({ conversation: t.field({ type: ConversationRef, description: 'The conversation after the transfer.', resolve: (p) => p.conversation }) }),
});

builder.mutationField('transferConversation', (t) =>
  t.field({
    type: TransferConversationPayload,
    description: 'Staff: hand a conversation to another agent or department, with an optional internal note.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: TransferConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      conversation: await transferConversation(ctx.deps, ctx.principal, {
        ...stripNulls(input),
        conversationId: String(input.conversationId),
        agentId: input.agentId ? String(input.agentId) : undefined,
        departmentId: input.departmentId ? String(input.departmentId) : undefined,
      }),
    }),
  }),
);

builder.subscriptionField('queueStatus', (t) =>
  t.field({
    type: QueueStatusRef,
    description: 'The conversation’s queue position and estimated wait: now, then on every change (visitor widget).',
    authScopes: { signedIn: true },
    args: { conversationId: t.arg.id({ required: true, description: 'The conversation.' }) },
    subscribe: (_root, args, ctx) => streamQueueStatus(ctx.deps, ctx.principal, String(args.conversationId)),
    resolve: (status) => status,
  }),
);
