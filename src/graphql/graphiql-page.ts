// GraphiQL's options: subscriptions over WebSocket and one tab per step of the README's "Try it in
// GraphiQL" walk-through. The page itself comes from @graphql-yoga/render-graphiql, which inlines
// every asset: no CDN, so it works on a machine without internet.
import type { GraphiQLOptions } from 'graphql-yoga';

const WALK_THROUGH_TABS: NonNullable<GraphiQLOptions['defaultTabs']> = [
  {
    query: `# 1. Create a workspace and its owner (no token). Keep token and widgetKey.
mutation CreateWorkspace {
  createWorkspace(input: { name: "Acme", owner: { email: "owner@acme.test", name: "Ann", password: "change-me-please" } }) {
    token
    workspace { id widgetKey }
  }
}`,
  },
  {
    query: `# 3. As a website visitor: a session from the widget key (no token), then — with the
#    visitor token in the Headers tab — a conversation with a first message.
mutation StartVisitorSession {
  startVisitorSession(input: { widgetKey: "wk_…", name: "Bob", locale: "zh-CN" }) { token visitor { id } }
}

mutation StartConversation {
  startConversation(input: { firstMessage: { body: "我的订单还没到，可以退款吗？", clientMessageId: "b0b-0001" } }) {
    conversation { id }
  }
}`,
    headers: '{"Authorization": "Bearer <visitor token>"}',
  },
  {
    query: `# 4. With the owner's token: replay the conversation from the start, then stream live.
subscription ConversationEvents($id: ID!) {
  conversationEvents(conversationId: $id, afterSeq: 0) {
    ... on Message { seq body authorType internal createdAt botResult { __typename } }
    ... on ResyncRequired { latestSeq }
  }
}`,
    variables: '{"id": "<conversation id>"}',
    headers: '{"Authorization": "Bearer <owner token>"}',
  },
  {
    query: `# 5. Reply as the agent (owner token); the subscription tab shows it with the next seq.
mutation Reply($id: ID!) {
  sendMessage(input: { conversationId: $id, body: "您好，我来帮您查一下。", clientMessageId: "agent-0001" }) { message { seq } isDuplicate }
}`,
    variables: '{"id": "<conversation id>"}',
    headers: '{"Authorization": "Bearer <owner token>"}',
  },
];

/**
 * The page, with @graphql-yoga/render-graphiql imported on the first request for it: its inlined
 * bundle costs a server process about 30 MB of heap, which a process that never serves GraphiQL now saves.
 */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}

export function graphiqlOptions(): GraphiQLOptions {
  return { title: 'Kefu GraphiQL', subscriptionsProtocol: 'WS', defaultTabs: WALK_THROUGH_TABS };
}
