// The middle column: one conversation's header and actions (take, resolve, transfer, tags), its
// history with infinite scroll upwards, live messages through the SDK's resumable follower, the
// visitor's typing and how far the visitor has read.
import type { KefuClient } from '../create-kefu-client.ts';
import type { ConversationFollower, ConversationMessage } from '../follow-conversation.ts';
import type { OutboxItem } from '../outbox.ts';
import { KefuClientError } from '../kefu-client-error.ts';
import {
  ConsoleAgentsDocument,
  ConsoleAssignDocument,
  ConsoleConversationDetailDocument,
  ChatMarkReadDocument,
  ConsoleMessagesPageDocument,
  ChatReadReceiptsDocument,
  ConsoleTagDocument,
  ConsoleTransferDocument,
  ChatTypingEventsDocument,
  ConsoleUpdateConversationDocument,
  type ConsoleConversationFragment,
} from '../generated/graphql.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import { renderRichContent } from '../ui/render-rich-content.ts';
import { linkify } from '../ui/linkify.ts';
import { describeSystemEvent } from '../ui/system-event-text.ts';
import { renderAttachments } from '../ui/message-attachments.ts';
import type { ConsoleTranslate } from './console-text.ts';

export interface ConsoleConversationView {
  element: HTMLElement;
  open(id: string): Promise<void>;
  /** Once conversation `id` has opened: loads older pages up to `seq` and shows that message (a search result). */
  reveal(id: string, seq: number): Promise<void>;
  /** Redraws the header after a change seen in the inbox stream. */
  refresh(conversation: ConsoleConversationFragment): void;
  /** The conversation is no longer this agent's to see: its actions go and a note says why. */
  gone(id: string): void;
  take(): Promise<void>;
  toggleResolved(): Promise<void>;
}

interface Deps {
  client: KefuClient;
  agentId: string;
  t: ConsoleTranslate;
  locale: string;
  composer: { element: HTMLElement; setConversation(id: string | undefined): void };
  onChanged(conversation: ConsoleConversationFragment): void;
  onMessage(message: ConversationMessage): void;
  onError(error: unknown): void;
  /** The server no longer shows this agent the conversation (NOT_FOUND). */
  onGone(id: string): void;
}

const PAGE_SIZE = 30;
/** How far back a search result is looked for: 20 pages of 30 messages. */
const REVEAL_MAX_PAGES = 20;
/** How long a revealed message stays outlined. */
const FOUND_SHOWN_MS = 3_000;
const TYPING_SHOWN_MS = 8_000;

export function createConsoleConversationView(deps: Deps): ConsoleConversationView {
  const { t, client } = deps;
  const head = h('div', { class: 'conv-head' });
  const messages = h('div', { class: 'messages', role: 'log' }, h('p', { class: 'placeholder' }, t('pick')));
  const typing = h('div', { class: 'typing', 'aria-live': 'polite' });
  const element = h('section', { class: 'conversation' }, head, messages, typing, deps.composer.element);
  deps.composer.setConversation(undefined);

  let current: ConsoleConversationFragment | undefined;
  /** The conversation last asked for (current once it has loaded). */
  let openedId: string | undefined;
  let stops: (() => void)[] = [];
  let bySeq = new Map<number, HTMLElement>();
  let olderCursor: string | null | undefined;
  /** The page of older messages on its way; scrolling and reveal share it. */
  let olderLoad: Promise<void> | null = null;
  let opening: Promise<void> = Promise.resolve();
  /** Opens so far: an answer that comes back after a later open is dropped. */
  let openCount = 0;
  let visitorReadSeq = 0;
  /** The visitor's newest message that came while the tab was hidden, not marked read yet. */
  let unreadVisitorSeq = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const run = (action: () => Promise<{ conversation: ConsoleConversationFragment } | undefined>) => {
    const id = current?.id;
    return action().then(
      (result) => result && deps.onChanged(result.conversation),
      // Taken by a colleague a moment before: not an error of this agent's.
      (error: unknown) => (id && error instanceof KefuClientError && error.code === 'NOT_FOUND' ? deps.onGone(id) : deps.onError(error)),
    );
  };
  // Read once the agent comes back to the tab: the visitor's "Read" waited for their next message.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || unreadVisitorSeq === 0 || !current) return;
    void client.request(ChatMarkReadDocument, { input: { conversationId: current.id, seq: unreadVisitorSeq } }).catch(() => {});
    unreadVisitorSeq = 0;
  });
  // Said once per opened conversation: the stream's FORBIDDEN and inboxRemovals both report it.
  let isGoneSaid = false;
  const noLongerYours = () => {
    if (isGoneSaid) return;
    isGoneSaid = true;
    messages.append(h('div', { class: 'msg system', role: 'status' }, t('noLongerYours')));
  };

  const renderHead = (c: ConsoleConversationFragment) => {
    const isMine = c.assignee?.id === deps.agentId;
    const transfer = h('select', { 'aria-label': t('transferTo'), 'data-action': 'transfer' }, h('option', { value: '' }, t('transferTo')));
    void client.request(ConsoleAgentsDocument).then(({ agents }) => {
      // Only active colleagues: a deactivated agent cannot take a conversation.
      for (const { node } of agents.edges) if (node.id !== deps.agentId && !node.deactivatedAt) transfer.append(h('option', { value: node.id }, `${node.name} (${t(node.presence)})`));
    }, deps.onError);
    transfer.addEventListener('change', () => {
      if (transfer.value) void run(async () => (await client.request(ConsoleTransferDocument, { input: { conversationId: c.id, agentId: transfer.value } })).transferConversation);
    });
    // The head is drawn again on every change (a new message, someone else's edit): a tag being
    // typed in this conversation, and the focus in it, carry over instead of vanishing under the
    // agent's fingers. Opening another conversation starts with an empty box.
    const previousTagInput = head.querySelector<HTMLInputElement>(`input[data-tag-input-for="${CSS.escape(c.id)}"]`);
    const tagInput = h('input', { placeholder: t('addTag'), 'aria-label': t('tags'), 'data-tag-input-for': c.id, size: 14 });
    tagInput.value = previousTagInput?.value ?? '';
    const isTyping = previousTagInput !== null && previousTagInput === document.activeElement;
    tagInput.addEventListener('keydown', (event) => {
      const name = tagInput.value.trim();
      if (event.key !== 'Enter' || !name) return;
      event.preventDefault();
      tagInput.value = '';
      // A refused tag (too long) goes back into the field with the error.
      void run(async () => (await client.request(ConsoleTagDocument, { input: { conversationId: c.id, add: [name] } }).catch((error: unknown) => {
        if (!tagInput.value) tagInput.value = name;
        throw error;
      })).tagConversation);
    });
    const removeTag = (name: string) => void run(async () => (await client.request(ConsoleTagDocument, { input: { conversationId: c.id, remove: [name] } })).tagConversation);
    replaceChildren(
      head,
      // <bdi>: a right-to-left override in the visitor's name must not reverse the badges after it.
      h('h2', {}, h('bdi', {}, c.visitor.name || c.visitor.email || t('anonymous')), ' ', h('span', { class: `badge ${c.status}` }, t(c.status)), c.queueState === 'WAITING' ? h('span', { class: 'badge WAITING' }, t('waiting')) : null),
      !isMine ? h('button', { type: 'button', class: 'primary', 'data-action': 'take', onclick: () => void view.take() }, t('take')) : null,
      h('button', { type: 'button', 'data-action': 'resolve', onclick: () => void view.toggleResolved() }, c.status === 'RESOLVED' || c.status === 'CLOSED' ? t('reopen') : t('resolve')),
      transfer,
      ...c.tags.map((tag) => h('span', { class: 'tag' }, tag.name, h('button', { type: 'button', 'aria-label': t('removeTag', { name: tag.name }), onclick: () => removeTag(tag.name) }, '×'))),
      tagInput,
    );
    if (isTyping) tagInput.focus();
  };

  const renderMessage = (m: ConversationMessage) => {
    const isLeft = m.kind === 'LEFT_MESSAGE';
    const kind = isLeft ? 'visitor left-message' : m.kind !== 'TEXT' ? 'system' : m.internal ? 'note' : m.authorType === 'VISITOR' ? 'visitor' : m.authorType === 'BOT' ? 'bot' : 'staff';
    const leftBy = isLeft ? (m.data as { name?: string | null; email?: string } | null) : null;
    const who = isLeft ? [`${t('leftMessage')} · `, ...[leftBy?.name, leftBy?.email].filter(Boolean).flatMap((part, i) => [i > 0 ? ' ' : '', h('bdi', {}, part!)])] : m.agentBot ? t('agentBotAuthor', { name: m.agentBot.name }) : m.authorType === 'BOT' ? t('botAuthor') : m.internal ? t('note') : '';
    const read = (kind === 'staff' || kind === 'bot') && m.seq <= visitorReadSeq ? ` · ${t('read')}` : '';
    // The visitor's typed answer to buttons or a form, shown under what they see as the body.
    const answer = m.postback ? `↳ ${m.postback.value}` : m.formSubmission ? `↳ ${m.formSubmission.values.map((v) => `${v.name}=${v.value}`).join(', ')}` : null;
    return h(
      'div',
      { class: `msg ${kind}`, 'data-seq': m.seq, 'data-author': m.authorType },
      who ? h('div', { class: 'author' }, m.agentBot?.avatarUrl && /^https?:\/\//.test(m.agentBot.avatarUrl) ? h('img', { class: 'avatar', src: m.agentBot.avatarUrl, alt: '' }) : null, ...(Array.isArray(who) ? who : [who])) : null,
      h('span', { class: 'text' }, ...(kind === 'system' && m.systemEvent ? [describeSystemEvent(t, m.systemEvent)] : linkify(m.body))),
      renderAttachments(m.attachments, client.attachmentUrl),
      m.rich ? renderRichContent(m.rich) : null,
      answer ? h('div', { class: 'postback' }, answer) : null,
      kind === 'system' ? null : h('small', {}, formatTime(m.createdAt, deps.locale), h('span', { class: 'read-mark' }, read)),
    );
  };
  // Replies the outbox holds (typed offline, or on their way): shown at once, replaced by the stored message.
  const pending = new Map<string, HTMLElement>();
  const showPending = (item: OutboxItem) => {
    if (pending.has(item.clientMessageId) || !item.body) return;
    const el = h('div', { class: `msg ${item.internal ? 'note' : 'staff'} pending`, 'data-client-id': item.clientMessageId }, h('span', { class: 'text' }, item.body), h('small', {}, t('sending')));
    pending.set(item.clientMessageId, el);
    messages.append(el);
    messages.scrollTop = messages.scrollHeight;
  };
  const dropPending = (clientMessageId: string | null | undefined) => {
    if (!clientMessageId) return;
    pending.get(clientMessageId)?.remove();
    pending.delete(clientMessageId);
  };
  const showMessage = (m: ConversationMessage, isOlder = false) => {
    if (bySeq.has(m.seq)) return;
    dropPending(m.clientMessageId);
    const el = renderMessage(m);
    bySeq.set(m.seq, el);
    if (isOlder) return el;
    const atBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 60;
    messages.insertBefore(el, messages.querySelector('.msg.pending'));
    if (atBottom || m.authorType !== 'VISITOR') messages.scrollTop = messages.scrollHeight;
    return el;
  };
  const markVisitorRead = (seq: number) => {
    visitorReadSeq = Math.max(visitorReadSeq, seq);
    for (const el of messages.querySelectorAll<HTMLElement>('.msg.staff, .msg.bot')) {
      const mark = el.querySelector('.read-mark');
      if (mark && !mark.textContent && Number(el.dataset.seq) <= visitorReadSeq) mark.textContent = ` · ${t('read')}`;
    }
  };

  const loadOlderPage = async () => {
    if (!current || !olderCursor) return;
    const [id, opened] = [current.id, openCount];
    const { conversation } = await client.request(ConsoleMessagesPageDocument, { id, last: PAGE_SIZE, before: olderCursor });
    // Opened again meanwhile (another conversation, or this one afresh): the page belongs to a view that is gone.
    if (!conversation || opened !== openCount) return;
    const previousHeight = messages.scrollHeight;
    const elements = conversation.messages.edges.map((e) => showMessage(e.node, true)).filter((el): el is HTMLDivElement => el !== undefined);
    messages.prepend(...elements);
    messages.scrollTop += messages.scrollHeight - previousHeight;
    olderCursor = conversation.messages.pageInfo.hasPreviousPage ? conversation.messages.pageInfo.startCursor : null;
  };
  const loadOlder = () =>
    (olderLoad ??= loadOlderPage().finally(() => {
      olderLoad = null;
    }));
  messages.addEventListener('scroll', () => {
    if (messages.scrollTop < 40) void loadOlder().catch(deps.onError);
  });

  /**
   * Shows conversation `id`: its header, its latest page, and from then on its live messages,
   * typing and read receipts. Opens overlap when an agent clicks quickly: only the latest may draw,
   * and it resets the view only once its answers are in, so nothing an earlier one drew or streams is mixed in.
   */
  const load = async (id: string) => {
    const opened = ++openCount;
    openedId = id;
    const [{ conversation }, { conversation: page }] = await Promise.all([
      client.request(ConsoleConversationDetailDocument, { id }),
      client.request(ConsoleMessagesPageDocument, { id, last: PAGE_SIZE }),
    ]);
    if (opened !== openCount) return;
    isGoneSaid = false;
    for (const stop of stops) stop();
    stops = [];
    bySeq = new Map();
    visitorReadSeq = 0;
    unreadVisitorSeq = 0;
    typing.textContent = '';
    if (!conversation || !page) {
      deps.onGone(id);
      return;
    }
    current = conversation;
    renderHead(conversation);
    deps.composer.setConversation(id);
    replaceChildren(messages);
    for (const edge of page.messages.edges) showMessage(edge.node);
    for (const edge of page.messages.edges) deps.onMessage(edge.node);
    messages.scrollTop = messages.scrollHeight;
    olderCursor = page.messages.pageInfo.hasPreviousPage ? page.messages.pageInfo.startCursor : null;
    const lastSeq = page.messages.edges.at(-1)?.node.seq ?? 0;
    if (lastSeq > 0) void client.request(ChatMarkReadDocument, { input: { conversationId: id, seq: lastSeq } }).catch(() => {});
    pending.clear();
    for (const item of client.outbox.list()) if (item.conversationId === id) showPending(item);
    stops.push(
      client.outbox.on((event) => {
        if (event.item.conversationId !== id) return;
        if (event.kind === 'queued') showPending(event.item);
        // A refused reply goes back into the box with the reason (console-composer.ts).
        if (event.kind === 'failed') dropPending(event.item.clientMessageId);
      }),
    );
    const follower: ConversationFollower = client.followConversation(id, {
      afterSeq: lastSeq,
      onMessage: (m) => {
        showMessage(m);
        deps.onMessage(m);
        if (m.authorType === 'VISITOR') {
          typing.textContent = '';
          if (document.visibilityState === 'visible') void client.request(ChatMarkReadDocument, { input: { conversationId: id, seq: m.seq } }).catch(() => {});
          else unreadVisitorSeq = m.seq;
        }
      },
      onError: (error) => {
        // Transferred away from an AGENT-role agent: expected, so a note in the thread rather than an error.
        if (error.code === 'FORBIDDEN') noLongerYours();
        else deps.onError(error);
      },
    });
    stops.push(() => follower.stop());
    stops.push(
      client.subscribe(ChatTypingEventsDocument, { conversationId: id }, {
        next: ({ typingEvents }) => {
          if (typingEvents.participantKind !== 'VISITOR') return;
          typing.textContent = typingEvents.isTyping ? t('typing') : '';
          clearTimeout(typingTimer);
          typingTimer = setTimeout(() => (typing.textContent = ''), TYPING_SHOWN_MS);
        },
      }),
    );
    stops.push(
      client.subscribe(ChatReadReceiptsDocument, { conversationId: id }, {
        next: ({ readReceipts }) => (readReceipts.participant.startsWith('visitor:') ? markVisitorRead(readReceipts.lastReadSeq) : undefined),
      }),
    );
  };

  const view: ConsoleConversationView = {
    element,
    open(id) {
      opening = load(id);
      return opening;
    },
    async reveal(id, seq) {
      // Called right after open(id): a later open makes this one moot.
      const opened = openCount;
      const isStill = () => opened === openCount && current?.id === id;
      await opening.catch(() => undefined);
      for (let pages = 0; !bySeq.has(seq) && olderCursor && pages < REVEAL_MAX_PAGES && isStill(); pages++) await loadOlder();
      if (!isStill()) return;
      const el = bySeq.get(seq);
      if (!el) {
        // Past the pages loaded for it, or removed since the search: say so where the search stopped.
        const notice = h('div', { class: 'msg system', role: 'status' }, t(olderCursor ? 'foundFurtherBack' : 'foundGone'));
        messages.prepend(notice);
        notice.scrollIntoView({ block: 'start' });
        return;
      }
      el.scrollIntoView({ block: 'center' });
      el.classList.add('found');
      setTimeout(() => el.classList.remove('found'), FOUND_SHOWN_MS);
    },
    refresh(conversation) {
      if (current?.id !== conversation.id) return;
      current = conversation;
      renderHead(conversation);
    },
    gone(id) {
      if (id !== openedId) return;
      for (const stop of stops) stop();
      stops = [];
      deps.composer.setConversation(undefined);
      if (current?.id === id) {
        // Its thread stays readable; the actions go.
        const name = head.querySelector('h2');
        replaceChildren(head, ...(name ? [name] : []));
        noLongerYours();
      } else {
        replaceChildren(head);
        replaceChildren(messages, h('p', { class: 'placeholder' }, t('noLongerYours')));
      }
      current = undefined;
    },
    take: () => run(async () => (current ? (await client.request(ConsoleAssignDocument, { input: { conversationId: current.id, agentId: deps.agentId } })).assignConversation : undefined)),
    toggleResolved: () =>
      run(async () => {
        if (!current) return undefined;
        const status = current.status === 'RESOLVED' || current.status === 'CLOSED' ? 'OPEN' : 'RESOLVED';
        return (await client.request(ConsoleUpdateConversationDocument, { input: { conversationId: current.id, status } })).updateConversation;
      }),
  };
  return view;
}
