// The right column: who the visitor is, and the bot's suggested answers for their last question.
import type { ConversationMessage } from '../follow-conversation.ts';
import type { ConsoleConversationFragment } from '../generated/graphql.ts';
import { h, replaceChildren } from '../widget/create-element.ts';
import type { ConsoleTranslate } from './console-text.ts';

export interface ConsoleVisitorPanel {
  element: HTMLElement;
  show(conversation: ConsoleConversationFragment | undefined): void;
  /** Feeds every message of the open conversation; visitor messages may carry suggestions. */
  noteMessage(message: ConversationMessage): void;
}

/**
 * HOOK (bot cascade): suggested answers for the agent. Reads `data.suggestedAnswers` (strings or
 * `{ answer }`) on the visitor's message until the SDL has a typed BotResult for staff.
 */
function readSuggestedAnswers(message: ConversationMessage): string[] {
  const list = (message.data as { suggestedAnswers?: unknown } | null)?.suggestedAnswers;
  if (!Array.isArray(list)) return [];
  return list.map((s: unknown) => (typeof s === 'string' ? s : String((s as { answer?: unknown })?.answer ?? ''))).filter(Boolean);
}

export function createConsoleVisitorPanel(deps: { t: ConsoleTranslate; onUseAnswer(text: string): void }): ConsoleVisitorPanel {
  const { t } = deps;
  const details = h('div', {});
  const suggestions = h('div', { class: 'suggested' });
  const element = h('aside', { class: 'side' }, h('h3', {}, t('visitor')), details, h('h3', {}, t('suggested')), suggestions);
  const showSuggestions = (answers: string[]) =>
    replaceChildren(suggestions, ...(answers.length > 0 ? answers.map((answer) => h('button', { type: 'button', class: 'item', onclick: () => deps.onUseAnswer(answer) }, answer)) : [h('p', { class: 'placeholder' }, t('noSuggestions'))]));

  return {
    element,
    show(conversation) {
      showSuggestions([]);
      if (!conversation) return replaceChildren(details);
      const v = conversation.visitor;
      const metadata = v.metadata && typeof v.metadata === 'object' ? Object.entries(v.metadata as Record<string, unknown>) : [];
      const rows: [string, string | null | undefined][] = [
        [t('anonymous'), v.name],
        [t('email'), v.email],
        [t('language'), v.locale],
        [t('page'), v.pageUrl],
        [t('browser'), v.userAgent],
        ...metadata.map(([key, value]): [string, string] => [key, String(value)]),
      ];
      replaceChildren(details, h('dl', {}, ...rows.filter(([, value]) => value).flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value!)])));
    },
    noteMessage(message) {
      if (message.authorType !== 'VISITOR') return;
      showSuggestions(readSuggestedAnswers(message));
    },
  };
}
