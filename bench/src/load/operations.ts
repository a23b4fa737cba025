// The two operations every bench client sends, in the shape the widget and inbox use. The
// reference servers accept the same documents, so all servers see the same bytes.
export const CONVERSATION_EVENTS = `subscription ConversationEvents($id: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $id, afterSeq: $afterSeq) {
    __typename
    ... on Message { id conversationId seq kind authorType body clientMessageId createdAt }
    ... on ResyncRequired { afterSeq latestSeq }
  }
}`;

export const SEND_MESSAGE = `mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { isDuplicate message { id seq } }
}`;

/** The subscription's operation id on every connection (one subscription per socket). */
export const SUBSCRIPTION_ID = 's';

/** Message body that carries its intended send time, so receivers measure open-loop latency. */
export interface StampedBody {
  /** Intended send time, epoch ms with fractions (performance.timeOrigin + performance.now()). */
  t: number;
  /** Per-run message number. */
  i: number;
}
