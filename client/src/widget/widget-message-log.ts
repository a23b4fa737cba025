// The visitor's message list: stored messages by seq (each once), pending ones by clientMessageId
// until the server echoes them, buttons, cards and forms to answer (the built-in bot's "did you
// mean" questions are quick replies too) and read marks on own messages.
import type { ConversationMessage } from '../follow-conversation.ts';
import type { OutboxItem } from '../outbox.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import { renderRichContent } from '../ui/render-rich-content.ts';
import { linkify } from '../ui/linkify.ts';
import { renderAttachments } from '../ui/message-attachments.ts';
import { describeSystemEvent } from '../ui/system-event-text.ts';
import type { Translate } from './widget-text.ts';

/** The visitor's answer to a rich message: the text to show, and its typed postback or form values. */
export interface WidgetAnswer {
  body: string;
  postback?: { value: string; messageId: string };
  formSubmission?: { messageId: string; values: { name: string; value: string }[] };
}

export interface WidgetMessageLog {
  showStored(message: ConversationMessage): void;
  showPending(item: OutboxItem): void;
  markFailed(clientMessageId: string): void;
  /** Marks own messages up to `seq` as read by the other side. */
  markReadUpTo(seq: number): void;
  clear(): void;
  readonly lastSeq: number;
}

/** The "did you mean" questions of a built-in bot reply (`data.botResult`, src/bot/reply/bot-result.ts). */
export function readSuggestions(message: ConversationMessage): string[] {
  const result = (message.data as { botResult?: { type?: string; suggestions?: { question?: unknown }[] } } | null)?.botResult;
  if (result?.type !== 'SUGGESTIONS' || !Array.isArray(result.suggestions)) return [];
  return result.suggestions.map((s) => (typeof s?.question === 'string' ? s.question : '')).filter((q) => q.length > 0);
}

export function createWidgetMessageLog(container: HTMLElement, t: Translate, locale: string, onAnswer: (answer: WidgetAnswer) => void, resolveUrl: (path: string) => string): WidgetMessageLog {
  const stored = new Map<number, HTMLElement>();
  const pending = new Map<string, HTMLElement>();
  const own: { seq: number; mark: HTMLElement }[] = [];
  let lastSeq = 0;
  let readSeq = 0;

  const scroll = () => (container.scrollTop = container.scrollHeight);
  const insertBySeq = (element: HTMLElement, seq: number) => {
    const next = [...stored.entries()].filter(([s]) => s > seq).sort(([a], [b]) => a - b)[0];
    container.insertBefore(element, next ? next[1] : (container.querySelector('.msg.pending') ?? null));
  };

  const render = (message: ConversationMessage): HTMLElement => {
    // A left message (the leave-a-message form) is the visitor's own words, shown like a message.
    if (message.kind !== 'TEXT' && message.kind !== 'LEFT_MESSAGE') return h('div', { class: 'msg system', 'data-seq': message.seq }, message.systemEvent ? describeSystemEvent(t, message.systemEvent) : message.body);
    const isMine = message.authorType === 'VISITOR';
    const bot = message.agentBot;
    const who = bot ? bot.name : message.authorType === 'BOT' ? t('bot') : message.authorType === 'AGENT' ? t('agent') : '';
    const mark = h('span', { class: 'read-mark' }, message.seq <= readSeq ? ` · ${t('read')}` : '');
    const isSuggestions = readSuggestions(message).length > 0;
    const rich = !isMine && message.rich
      ? renderRichContent(message.rich, {
          submitText: t('send'),
          onPostback: (label, value) => onAnswer({ body: label, postback: { value, messageId: message.id } }),
          onSubmitForm: (values, summary) => onAnswer({ body: summary || t('send'), formSubmission: { messageId: message.id, values } }),
        })
      : null;
    const element = h(
      'div',
      { class: `msg ${isMine ? 'mine' : 'theirs'}`, 'data-seq': message.seq, 'data-author': message.authorType, ...(bot ? { 'data-agent-bot': bot.id } : {}) },
      !isMine && who ? h('div', { class: 'author' }, bot?.avatarUrl && /^https?:\/\//.test(bot.avatarUrl) ? h('img', { class: 'avatar', src: bot.avatarUrl, alt: '' }) : null, who) : null,
      // With chips, the body's numbered list (for clients without them) would repeat the questions.
      isSuggestions && rich ? h('span', { class: 'text' }, t('didYouMean')) : message.body ? h('span', { class: 'text' }, ...linkify(message.body)) : null,
      renderAttachments(message.attachments, resolveUrl),
      rich,
      h('small', {}, formatTime(message.createdAt, locale), isMine ? mark : null),
    );
    if (isMine) own.push({ seq: message.seq, mark });
    return element;
  };

  return {
    get lastSeq() {
      return lastSeq;
    },
    showStored(message) {
      if (stored.has(message.seq)) return;
      const element = render(message);
      const waiting = message.clientMessageId ? pending.get(message.clientMessageId) : undefined;
      waiting?.remove();
      if (message.clientMessageId) pending.delete(message.clientMessageId);
      insertBySeq(element, message.seq);
      stored.set(message.seq, element);
      lastSeq = Math.max(lastSeq, message.seq);
      scroll();
    },
    showPending(item) {
      if (pending.has(item.clientMessageId)) return;
      const element = h('div', { class: 'msg mine pending', 'data-client-id': item.clientMessageId }, item.body ? h('span', { class: 'text' }, item.body) : null, h('small', {}, t('sending')));
      pending.set(item.clientMessageId, element);
      container.appendChild(element);
      scroll();
    },
    markFailed(clientMessageId) {
      const element = pending.get(clientMessageId);
      if (!element) return;
      element.classList.replace('pending', 'failed');
      replaceChildren(element.querySelector('small')!, t('failed'));
    },
    markReadUpTo(seq) {
      readSeq = Math.max(readSeq, seq);
      for (const { seq: s, mark } of own) if (s <= readSeq && !mark.textContent) mark.textContent = ` · ${t('read')}`;
    },
    clear() {
      replaceChildren(container);
      stored.clear();
      pending.clear();
      own.length = 0;
      lastSeq = 0;
    },
  };
}
