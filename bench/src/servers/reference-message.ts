// What both reference servers store per conversation and deliver: the fields the bench
// subscription selects from Kefu's Message, so every server sends the same shape.
export interface ReferenceMessage {
  __typename: 'Message';
  id: string;
  conversationId: string;
  seq: number;
  kind: 'TEXT';
  authorType: 'VISITOR';
  body: string;
  clientMessageId: string;
  createdAt: string;
}

export function createReferenceMessages() {
  const lastSeq = new Map<string, number>();
  let nextId = 0;
  return (input: { conversationId: string; body: string; clientMessageId: string }): ReferenceMessage => {
    const seq = (lastSeq.get(input.conversationId) ?? 0) + 1;
    lastSeq.set(input.conversationId, seq);
    return { __typename: 'Message', id: `m${nextId++}`, conversationId: input.conversationId, seq, kind: 'TEXT', authorType: 'VISITOR', body: input.body, clientMessageId: input.clientMessageId, createdAt: new Date().toISOString() };
  };
}

/** The schema both stock Yoga references serve: the slice of Kefu's the bench's two operations use. */
export const REFERENCE_TYPE_DEFS = /* GraphQL */ `
    type Message { id: ID! conversationId: ID! seq: Int! kind: String! authorType: String! body: String! clientMessageId: String createdAt: String! }
    type ResyncRequired { conversationId: ID! afterSeq: Int! latestSeq: Int! }
  union ConversationEvent = Message | ResyncRequired
  input SendMessageInput { conversationId: ID! body: String! clientMessageId: String! internal: Boolean }
    type SendMessagePayload { isDuplicate: Boolean! message: Message! }
    type Query { ok: Boolean }
    type Mutation { sendMessage(input: SendMessageInput!): SendMessagePayload! }
    type Subscription { conversationEvents(conversationId: ID!, afterSeq: Int): ConversationEvent! }
`;
