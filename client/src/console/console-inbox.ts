// The inbox column: Mine, Queue and All, loaded once and then kept current by inboxEvents, so a
// conversation moves between lists the moment it is assigned, resolved or transferred.
import type { KefuClient } from '../create-kefu-client.ts';
import { ConsoleConversationDetailDocument, ConsoleInboxDocument, ConsoleInboxEventsDocument, ConsoleInboxRemovalsDocument, type ConsoleConversationFragment, type ConversationFilter } from '../generated/graphql.ts';
import { KefuClientError } from '../kefu-client-error.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import { describeSystemEvent } from '../ui/system-event-text.ts';
import type { ConsoleTranslate } from './console-text.ts';

export type InboxTab = 'mine' | 'queue' | 'all';
export const INBOX_TABS: InboxTab[] = ['mine', 'queue', 'all'];

export interface ConsoleInbox {
  element: HTMLElement;
  showTab(tab: InboxTab): void;
  /** Selects the next (+1) or previous (-1) conversation of the current list. */
  move(step: 1 | -1): void;
  select(id: string): void;
  upsert(conversation: ConsoleConversationFragment): void;
  /** Drops a conversation this agent can no longer see (a colleague took it, it was transferred). */
  remove(id: string): void;
  get(id: string): ConsoleConversationFragment | undefined;
  close(): void;
}

const REFETCH_GATHER_MS = 100;

// Snoozed conversations leave the open lists until they wake (the time passes or the visitor writes).
const isOpen = (c: ConsoleConversationFragment) => (c.status === 'OPEN' || c.status === 'PENDING') && !c.snoozedUntil;

export function createConsoleInbox(deps: { client: KefuClient; agentId: string; t: ConsoleTranslate; locale: string; onSelect(id: string): void; onChanged(conversation: ConsoleConversationFragment): void; onEvent?(reason: string, conversation: ConsoleConversationFragment): void; onGone(id: string): void }): ConsoleInbox {
  const { t } = deps;
  const conversations = new Map<string, ConsoleConversationFragment>();
  const previews = new Map<string, string>();
  const unread = new Map<string, number>();
  let tab: InboxTab = 'mine';
  let selectedId: string | undefined;

  const belongs: Record<InboxTab, (c: ConsoleConversationFragment) => boolean> = {
    mine: (c) => c.assignee?.id === deps.agentId && isOpen(c),
    queue: (c) => !c.assignee && c.status === 'OPEN' && !c.snoozedUntil,
    all: () => true,
  };
  const filters: Record<InboxTab, ConversationFilter> = {
    mine: { assigneeId: deps.agentId, status: ['OPEN', 'PENDING'], isSnoozed: false },
    queue: { isUnassigned: true, status: ['OPEN'], isSnoozed: false },
    all: {},
  };
  const listOf = (which: InboxTab) =>
    [...conversations.values()]
      .filter(belongs[which])
      .sort((a, b) => (which === 'queue' ? Number(b.queueState === 'WAITING') - Number(a.queueState === 'WAITING') : 0) || b.lastMessageAt.localeCompare(a.lastMessageAt));

  const tabButtons = Object.fromEntries(INBOX_TABS.map((name) => [name, h('button', { role: 'tab', 'data-tab': name, onclick: () => showTab(name) })])) as Record<InboxTab, HTMLButtonElement>;
  const list = h('div', { class: 'list', role: 'listbox', 'aria-label': t('conversations') });
  const element = h('nav', { class: 'inbox' }, h('div', { class: 'tabs', role: 'tablist' }, ...INBOX_TABS.map((name) => tabButtons[name])), list);

  const renderItem = (c: ConsoleConversationFragment) => {
    const count = unread.get(c.id) ?? 0;
    return h(
      'button',
      { class: 'item', role: 'option', 'data-conversation-id': c.id, 'aria-current': c.id === selectedId ? 'true' : 'false', onclick: () => select(c.id) },
      h(
        'div',
        { class: 'who' },
        c.visitor.name || c.visitor.email || t('anonymous'),
        c.queueState === 'WAITING' ? h('span', { class: 'badge WAITING' }, t('waiting')) : null,
        c.leftMessageAt && isOpen(c) ? h('span', { class: 'badge left-message' }, t('leftMessage')) : null,
        c.status !== 'OPEN' ? h('span', { class: `badge ${c.status}` }, t(c.status)) : null,
        count > 0 ? h('span', { class: 'badge unread' }, String(count)) : null,
      ),
      h('div', { class: 'preview' }, [c.number ? `#${c.number}` : '', formatTime(c.lastMessageAt, deps.locale), previews.get(c.id) ?? c.subject ?? ''].filter(Boolean).join(' · ')),
    );
  };
  const render = () => {
    for (const name of INBOX_TABS) {
      replaceChildren(tabButtons[name], t(name), h('span', { class: 'count' }, String(listOf(name).length)));
      tabButtons[name].setAttribute('aria-selected', String(name === tab));
    }
    const items = listOf(tab);
    replaceChildren(list, ...(items.length > 0 ? items.map(renderItem) : [h('p', { class: 'placeholder', style: 'padding:12px' }, t('empty'))]));
    // A listbox must hold options (axe, issue 17): the empty list's note is not one.
    list.setAttribute('role', items.length > 0 ? 'listbox' : 'group');
  };
  const showTab = (next: InboxTab) => {
    tab = next;
    render();
  };
  const select = (id: string) => {
    selectedId = id;
    unread.delete(id);
    render();
    deps.onSelect(id);
  };

  const load = async () => {
    for (const name of INBOX_TABS) {
      const { conversations: page } = await deps.client.request(ConsoleInboxDocument, { filter: filters[name], first: 50 });
      for (const edge of page.edges) conversations.set(edge.node.id, edge.node);
    }
    render();
  };
  void load();
  // Events come quickly (a message, a note, a tag); a conversation is refetched REFETCH_GATHER_MS
  // after its first event, by one request at a time, and events that arrive meanwhile share one more
  // refetch after it. So answers cannot come back out of order, and a busy inbox does not spend the
  // agent's limits.operationsPerMinute on refetches of the same row.
  const pendingReasons = new Map<string, string[]>();
  const refetching = new Set<string>();
  const refetch = async (id: string) => {
    try {
      while (pendingReasons.has(id)) {
        const reasons = pendingReasons.get(id)!;
        const { conversation } = await deps.client.request(ConsoleConversationDetailDocument, { id });
        // Events that came during the request stay pending for the next round.
        pendingReasons.set(id, pendingReasons.get(id)!.slice(reasons.length));
        if (pendingReasons.get(id)!.length === 0) pendingReasons.delete(id);
        // Gone from this agent's view (an AGENT-role colleague took it or it was transferred away).
        if (!conversation) {
          deps.onGone(id);
          continue;
        }
        // Every event is told (a CREATED is followed at once by its messages), the newest state drawn.
        for (const reason of reasons) deps.onEvent?.(reason, conversation);
        conversations.set(id, conversation);
        render();
        deps.onChanged(conversation);
      }
      refetching.delete(id);
    } catch (error) {
      // The row keeps its last state. Over the rate limit it is fetched again when the server
      // allows, with the reasons of the events not drawn yet; after any other failure the
      // conversation's next event fetches it.
      const retryAfterMs = error instanceof KefuClientError ? error.retryAfterMs : undefined;
      if (retryAfterMs !== undefined) {
        setTimeout(() => void refetch(id), retryAfterMs);
      } else {
        pendingReasons.delete(id);
        refetching.delete(id);
      }
    }
  };
  const stop = deps.client.subscribe(ConsoleInboxEventsDocument, {}, {
    next: ({ inboxEvents: { reason, conversation: { id }, message } }) => {
      // A system line (someone joined, a status change) in the console's language, not its stored English.
      if (message && !message.internal) previews.set(id, message.systemEvent ? describeSystemEvent(deps.t, message.systemEvent) : message.body);
      if (message?.authorType === 'VISITOR' && id !== selectedId) unread.set(id, (unread.get(id) ?? 0) + 1);
      pendingReasons.set(id, [...(pendingReasons.get(id) ?? []), reason]);
      if (refetching.has(id)) return;
      refetching.add(id);
      setTimeout(() => void refetch(id), REFETCH_GATHER_MS);
    },
  });

  // A conversation a colleague took (or that was transferred away) leaves an AGENT-role agent's view.
  const stopRemovals = deps.client.subscribe(ConsoleInboxRemovalsDocument, {}, {
    next: ({ inboxRemovals: id }) => void (conversations.has(id) && deps.onGone(id)),
  });

  return {
    element,
    showTab,
    select,
    move(step) {
      const items = listOf(tab);
      const index = items.findIndex((c) => c.id === selectedId);
      const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
      if (next) select(next.id);
    },
    upsert(conversation) {
      conversations.set(conversation.id, conversation);
      render();
    },
    remove(id) {
      conversations.delete(id);
      previews.delete(id);
      unread.delete(id);
      render();
    },
    get: (id) => conversations.get(id),
    close() {
      stop();
      stopRemovals();
    },
  };
}
