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
