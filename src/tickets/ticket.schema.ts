// Tickets: staff-created conversations, the per-workspace number, and snooze.
import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Conversation } from '../storage/models.ts';
import { ConversationPriorityEnum, ConversationRef } from '../conversation-log/conversation.schema.ts';
import { createTicket } from './create-ticket.ts';
import { snoozeConversation } from './snooze-conversation.ts';

builder.prismaObjectFields('Conversation', (t) => ({
  number: t.exposeInt('number', { nullable: true, description: 'The number people quote (#42): sequential and unique per workspace.' }),
  snoozedUntil: t.expose('snoozedUntil', {
    type: 'DateTime',
    nullable: true,
    description: 'Out of the open inbox until then (staff and API keys); null: not snoozed.',
    authScopes: { serve: true },
  }),
}));

const CreateTicketInput = builder.inputType('CreateTicketInput', {
  description: 'Input of createTicket. Pass exactly one of visitorId or email.',
  fields: (t) => ({
    visitorId: t.id({ description: 'An existing visitor of the workspace.' }),
    email: t.string({ description: 'The customer’s email: their visitor if one has it, else a new visitor.' }),
    name: t.string({ description: 'Name of a visitor created for email.' }),
    subject: t.string({ required: true, description: 'What the ticket is about.' }),
    message: t.string({ description: 'A first message from you to the customer (or an internal note with isInternal).' }),
    isInternal: t.boolean({ description: 'Store message as an internal note. Default false.' }),
    priority: t.field({ type: ConversationPriorityEnum, description: 'Priority; default NORMAL.' }),
    departmentId: t.id({ description: 'Department it belongs to.' }),
    assigneeId: t.id({ description: 'Agent to assign it to.' }),
  }),
});

const TicketPayload = builder.objectRef<{ conversation: Conversation }>('CreateTicketPayload').implement({
  description: 'Result of createTicket.',
  fields: (t) => ({ conversation: t.field({ type: ConversationRef, description: 'The new conversation, with its number.', resolve: (p) => p.conversation }) }),
});

builder.mutationField('createTicket', (t) =>
  t.field({
    type: TicketPayload,
    description: 'Agents and ADMIN API keys: open a conversation for a customer (an existing visitor or an email address).',
    args: { input: t.arg({ type: CreateTicketInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { visitorId, departmentId, assigneeId, ...rest } = stripNulls(input);
      const ids = { visitorId: visitorId && String(visitorId), departmentId: departmentId && String(departmentId), assigneeId: assigneeId && String(assigneeId) };
      return { conversation: await createTicket(ctx.deps, ctx.principal, { ...rest, ...stripNulls(ids) }) };
    },
  }),
);

const SnoozeConversationInput = builder.inputType('SnoozeConversationInput', {
  description: 'Input of snoozeConversation.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'An open or pending conversation.' }),
    until: t.field({ type: 'DateTime', required: false, description: 'When it comes back (at most a year ahead); null wakes it now.' }),
  }),
});

const SnoozePayload = builder.objectRef<{ conversation: Conversation }>('SnoozeConversationPayload').implement({
  description: 'Result of snoozeConversation.',
  fields: (t) => ({ conversation: t.field({ type: ConversationRef, description: 'The conversation after the change.', resolve: (p) => p.conversation }) }),
});

builder.mutationField('snoozeConversation', (t) =>
  t.field({
    type: SnoozePayload,
    description: 'Staff: hide a conversation from the open inbox until a time; it comes back then, or earlier when the visitor writes.',
    args: { input: t.arg({ type: SnoozeConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ conversation: await snoozeConversation(ctx.deps, ctx.principal, { conversationId: String(input.conversationId), until: input.until ?? null }) }),
  }),
);
