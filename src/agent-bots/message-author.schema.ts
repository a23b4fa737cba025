// Message.author: who wrote a message, as a type — an agent, the visitor, an agent bot, the
// built-in bot or another API-key integration; null for Kefu's own events.
import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { AgentRef } from '../agents/agent.schema.ts';
import { VisitorRef } from '../visitors/visitor.schema.ts';
import { AgentBotRef } from './agent-bot.schema.ts';

const BuiltInBotRef = builder.objectRef<{ kind: 'BUILT_IN_BOT' }>('BuiltInBot').implement({
  description: 'Kefu’s own bot (intent model and workspace knowledge).',
  fields: (t) => ({ isBuiltIn: t.boolean({ description: 'Always true.', resolve: () => true }) }),
});

const IntegrationRef = builder.objectRef<{ kind: 'INTEGRATION'; name: string }>('Integration').implement({
  description: 'An integration writing with an API key that belongs to no agent bot.',
  fields: (t) => ({ name: t.exposeString('name', { description: 'Name of its API key.' }) }),
});

type Author = { typeName: 'Agent' | 'Visitor' | 'AgentBot' | 'BuiltInBot' | 'Integration'; value: object };
const typeOf = new WeakMap<object, Author['typeName']>();
const tag = (typeName: Author['typeName'], value: object | null) => {
  if (value) typeOf.set(value, typeName);
  return value;
};

const MessageAuthorUnion = builder.unionType('MessageAuthor', {
  description: 'Who wrote a message.',
  types: [AgentRef, VisitorRef, AgentBotRef, BuiltInBotRef, IntegrationRef],
  resolveType: (value) => typeOf.get(value)!,
});

builder.objectField(MessageRef, 'author', (t) =>
  t.field({
    type: MessageAuthorUnion,
    nullable: true,
    description: 'Who wrote it: Agent, Visitor, AgentBot, BuiltInBot or Integration; null for Kefu’s own events (one lookup, none for the built-in bot).',
    resolve: async (message, _args, ctx) => {
      const db = ctx.deps.db;
      if (message.authorType === 'AGENT' && message.authorAgentId) return tag('Agent', await db.agent.findUnique({ where: { id: message.authorAgentId } })) as never;
      if (message.authorType === 'VISITOR' && message.authorVisitorId) return tag('Visitor', await db.visitor.findUnique({ where: { id: message.authorVisitorId } })) as never;
      if (message.authorType !== 'BOT') return null;
      if (!message.authorApiKeyId) return tag('BuiltInBot', { kind: 'BUILT_IN_BOT' }) as never;
      const key = await db.apiKey.findUnique({ where: { id: message.authorApiKeyId }, select: { name: true, agentBot: true } });
      if (!key) return null;
      return (key.agentBot ? tag('AgentBot', key.agentBot) : tag('Integration', { kind: 'INTEGRATION', name: key.name })) as never;
    },
  }),
);
