// The right column: who the visitor is, and the bot's suggested answer to their last message
// (botPreview: what the bot would say now), which the agent can take into the reply box.
import type { KefuClient } from '../create-kefu-client.ts';
import type { ConversationMessage } from '../follow-conversation.ts';
import { ConsoleBotPreviewDocument, type ConsoleConversationFragment } from '../generated/graphql.ts';
import { h, replaceChildren } from '../ui/create-element.ts';
import type { ConsoleTranslate } from './console-text.ts';

export interface ConsoleVisitorPanel {
  element: HTMLElement;
  show(conversation: ConsoleConversationFragment | undefined): void;
  /** Feeds every message of the open conversation; visitor messages may carry suggestions. */
  noteMessage(message: ConversationMessage): void;
}

/** Bot decisions worth offering an agent; a default reply or a handoff is not an answer. */
const ANSWER_TYPES = new Set(['BotIntentAnswer', 'BotKnowledgeAnswer', 'BotSuggestions']);
const PREVIEW_DELAY_MS = 250;

export function createConsoleVisitorPanel(deps: { client: KefuClient; t: ConsoleTranslate; onUseAnswer(text: string): void }): ConsoleVisitorPanel {
  const { t } = deps;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let latestText = '';
  let shownId: string | undefined;
  const details = h('div', {});
  const suggestions = h('div', { class: 'suggested' });
  const element = h('aside', { class: 'side' }, h('h3', {}, t('visitor')), details, h('h3', {}, t('suggested')), suggestions);
  const showSuggestions = (answers: string[]) =>
    replaceChildren(suggestions, ...(answers.length > 0 ? answers.map((answer) => h('button', { type: 'button', class: 'item', onclick: () => deps.onUseAnswer(answer) }, answer)) : [h('p', { class: 'placeholder' }, t('noSuggestions'))]));

  return {
    element,
    show(conversation) {
      // The same conversation redrawn after a change keeps its suggestion.
      if (conversation?.id !== shownId) {
        latestText = '';
        showSuggestions([]);
      }
      shownId = conversation?.id;
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
      // A file or an image alone asks the bot nothing.
      if (message.authorType !== 'VISITOR' || message.kind !== 'TEXT' || !message.body.trim()) return;
      // History pages feed many messages at once: only the newest is previewed.
      latestText = message.body;
      clearTimeout(previewTimer);
      previewTimer = setTimeout(() => {
        const text = latestText;
        // A suggestion is a help, not a task: without one (offline, say) the panel just shows none.
        deps.client.request(ConsoleBotPreviewDocument, { text }).then(
          ({ botPreview }) => text === latestText && showSuggestions(ANSWER_TYPES.has(botPreview.result.__typename) ? [botPreview.body] : []),
          () => text === latestText && showSuggestions([]),
        );
      }, PREVIEW_DELAY_MS);
    },
  };
}
