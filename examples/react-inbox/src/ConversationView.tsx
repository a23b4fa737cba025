// One conversation: the history page from urql, then live messages from the SDK's
// followConversation, which resumes after the last seq shown across reconnects (no gap, no
// duplicate). Sending goes through the SDK's outbox, retried until the server stored it once.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { describeError, type ConversationMessage, type KefuClient, type OutboxItem } from '@kefu/client';
import { ConversationHistoryDocument } from '@kefu/client/documents';

export function ConversationView({ kefu, conversationId }: { kefu: KefuClient; conversationId: string }) {
  const [{ data, error }] = useQuery({ query: ConversationHistoryDocument, variables: { id: conversationId, last: 50 }, requestPolicy: 'network-only' });
  const [messages, setMessages] = useState<ConversationMessage[]>([]);
  const [pending, setPending] = useState<OutboxItem[]>(() => kefu.outbox.list());
  const [sendError, setSendError] = useState<string | null>(null);

  // Once the history page is in, follow from its last seq: what arrived in between is replayed.
  useEffect(() => {
    const conversation = data?.conversation;
    if (!conversation) return;
    const history = conversation.messages.edges.map((edge) => edge.node);
    setMessages(history);
    const follower = kefu.followConversation(conversationId, {
      afterSeq: history.at(-1)?.seq ?? conversation.lastSeq,
      onMessage: (message) => setMessages((shown) => [...shown, message]),
      onResync: ({ messages: page }) => setMessages(page),
      onError: (followError) => setSendError(describeError(followError, navigator.language)),
    });
    return () => follower.stop();
  }, [kefu, conversationId, data]);

  useEffect(() => kefu.outbox.on(() => setPending(kefu.outbox.list())), [kefu]);

  const send = (form: FormData) => {
    const body = String(form.get('body') ?? '').trim();
    if (!body) return;
    setSendError(null);
    kefu.sendMessage({ conversationId, body }).catch((failure: unknown) => setSendError(describeError(failure, navigator.language)));
  };

  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section data-testid="conversation">
      <ol data-testid="messages">
        {messages.map((message) => (
          <li key={message.id} data-seq={message.seq}>
            <b>{message.authorType}</b> {message.body}
          </li>
        ))}
        {pending
          .filter((item) => item.conversationId === conversationId)
          .map((item) => (
            <li key={item.clientMessageId} data-pending="true">
              <i>sending…</i> {item.body}
            </li>
          ))}
      </ol>
      <form action={send}>
        <input name="body" placeholder="Reply" autoComplete="off" />
        <button type="submit">Send</button>
      </form>
      {sendError && <p role="alert">{sendError}</p>}
    </section>
  );
}
