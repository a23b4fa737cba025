// Imports every *.schema.ts and builds the schema. No type file imports this module.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './error-code.schema.ts';
import '../workspaces/workspace.schema.ts';
import '../agents/agent.schema.ts';
import '../agents/agent-access.schema.ts';
import '../auth/viewer.schema.ts';
import '../auth/api-key.schema.ts';
import '../visitors/visitor.schema.ts';
import '../visitors/identity-secret.schema.ts';
import '../conversation-log/conversation.schema.ts';
import '../conversations/conversation-changes.schema.ts';
import '../conversations/conversation-list.schema.ts';
import '../conversations/inbox-events.schema.ts';
import '../conversation-log/message.schema.ts';
import '../messages/send-message.schema.ts';
import '../messages/search-messages.schema.ts';
import '../messages/conversation-events.schema.ts';
import '../tags/tag.schema.ts';
import '../canned-replies/canned-reply.schema.ts';
import '../bot/reply/bot-result.schema.ts';
import '../bot/bot.schema.ts';
import '../bot/settings/bot-settings.schema.ts';
import '../knowledge/knowledge-entry.schema.ts';
import '../routing/routing.schema.ts';
import '../routing/routing-settings.schema.ts';
import '../routing/agent-availability.schema.ts';
import '../presence/presence.schema.ts';
import '../departments/department.schema.ts';
import '../typing/typing.schema.ts';
import '../read-receipts/read-receipt.schema.ts';
import '../csat/csat-rating.schema.ts';
import '../reports/report.schema.ts';
import '../plugins/plugin.schema.ts';
import '../rich-messages/rich-content.schema.ts';
import '../agent-bots/agent-bot.schema.ts';
import '../agent-bots/message-author.schema.ts';
import '../messages/leave-message.schema.ts';
import '../email/transcript.schema.ts';
import '../tickets/ticket.schema.ts';
import '../workspace-events/workspace-event.schema.ts';
import '../webhooks/webhook-endpoint.schema.ts';
import '../attachments/attachment.schema.ts';
import '../conversation-log/system-event.schema.ts';

builder.queryType({ description: 'Reads. Every field is scoped to the caller’s workspace.' });
builder.mutationType({ description: 'Writes. Each takes one input object and validates it.' });
builder.subscriptionType({ description: 'Live streams over WebSocket (graphql-transport-ws).' });

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The SDL committed as schema/schema.graphql. */
export function printKefuSchema(): string {
  return printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}
