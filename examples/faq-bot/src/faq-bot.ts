// An agent bot in subscription mode: it listens on inboxEvents with its BOT API key and answers
// visitor messages in conversations where it has the turn (conversation.activeAgentBot is itself).
// Unknown text is echoed with the FAQ topics as buttons; a tapped button arrives as a message with
// a typed postback; "agent" (or the button) hands off with requestAgent, after which Kefu routes
// the visitor to a person and this bot no longer has the turn there.
import { createClientMessageId, createKefuClient, type ConversationMessage } from '@kefu/client';
import { AgentBotInboxDocument, AgentBotViewerDocument, RequestAgentDocument, SendMessageDocument, type RichContentInput } from '@kefu/client/documents';
import { FAQS, findFaq, WANTS_PERSON } from './faq.ts';

export interface FaqBotOptions {
  /** Kefu's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The token createAgentBot returned. */
  botKey: string;
  /** A WebSocket constructor for Node 20 (the `ws` package). */
  webSocketImpl?: unknown;
  log?: (line: string) => void;
}

const TOPICS: RichContentInput = {
  quickReplies: [...FAQS.map((faq) => ({ label: faq.question, postback: `faq:${faq.id}` })), { label: 'Talk to a person', postback: 'agent' }],
};

export async function startFaqBot(options: FaqBotOptions): Promise<{ name: string; stop(): Promise<void> }> {
  const log = options.log ?? (() => {});
  const client = createKefuClient({ url: options.url, auth: options.botKey, webSocketImpl: options.webSocketImpl, isLazy: false });
  const { viewer } = await client.request(AgentBotViewerDocument);
  const me = viewer?.agentBot;
  if (!me) throw new Error('This key belongs to no agent bot: create one with createAgentBot and use the token it returns.');

  const say = (conversationId: string, body: string, rich?: RichContentInput) =>
    client.request(SendMessageDocument, { input: { conversationId, body, clientMessageId: createClientMessageId(), ...(rich ? { rich } : {}) } });

  async function answer(conversationId: string, message: ConversationMessage): Promise<void> {
    const choice = message.postback?.value;
    if (choice === 'agent' || (!choice && WANTS_PERSON.test(message.body))) {
      await say(conversationId, 'Connecting you with a person now.');
      const { requestAgent } = await client.request(RequestAgentDocument, { input: { conversationId } });
      log(`handed off ${conversationId} (${requestAgent.queueStatus.state})`);
      return;
    }
    const faq = choice?.startsWith('faq:') ? FAQS.find((f) => `faq:${f.id}` === choice) : findFaq(message.body);
    if (faq) {
      await say(conversationId, faq.answer, { quickReplies: [{ label: 'Anything else?', postback: 'topics' }, { label: 'Talk to a person', postback: 'agent' }] });
      return;
    }
    const lead = choice === 'topics' ? 'What else can I help with?' : `You said: “${message.body}”. I can help with these:`;
    await say(conversationId, `${lead}\n${FAQS.map((f, i) => `${i + 1}. ${f.question}`).join('\n')}`, TOPICS);
  }

  const stopInbox = client.subscribe(AgentBotInboxDocument, {}, {
    next: ({ inboxEvents: event }) => {
      const message = event.message;
      if (event.reason !== 'MESSAGE' || !message || message.authorType !== 'VISITOR' || event.conversation.activeAgentBot?.id !== me.id) return;
      answer(event.conversation.id, message).catch((error: unknown) => log(`could not answer ${event.conversation.id}: ${String(error)}`));
    },
    error: (error) => log(`inbox stream failed: ${error.message}`),
  });
  log(`listening as ${me.name}`);
  return {
    name: me.name,
    async stop() {
      stopInbox();
      await client.close();
    },
  };
}
