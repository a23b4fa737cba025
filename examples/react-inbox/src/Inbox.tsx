// The open conversations, from urql; refetched whenever the inbox subscription reports a change.
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { ConversationsDocument, InboxEventsDocument } from '@kefu/client/documents';

export function Inbox({ selected, onSelect }: { selected: string | null; onSelect(id: string): void }) {
  const [{ data, error }, refetch] = useQuery({ query: ConversationsDocument, variables: { first: 20, filter: { status: ['OPEN', 'PENDING'] } } });
  const [{ data: event }] = useSubscription({ query: InboxEventsDocument });
  useEffect(() => {
    if (event) refetch({ requestPolicy: 'network-only' });
  }, [event, refetch]);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <ul data-testid="inbox">
      {data?.conversations.edges.map(({ node }) => (
        <li key={node.id}>
          <button aria-pressed={node.id === selected} onClick={() => onSelect(node.id)}>
            {node.visitor?.name ?? 'Visitor'} · {node.status}{node.lastMessageAt ? ` · ${new Date(node.lastMessageAt).toLocaleTimeString()}` : ''}
          </button>
        </li>
      ))}
    </ul>
  );
}
