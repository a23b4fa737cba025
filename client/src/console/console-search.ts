// The inbox's search box: history search (searchMessages) over the conversations this agent may
// see. While a search is shown it takes the place of the lists; a result opens its conversation.
import type { KefuClient } from '../create-kefu-client.ts';
import { ConsoleSearchMessagesDocument, type ConsoleSearchMessagesQuery } from '../generated/graphql.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import type { ConsoleTranslate } from './console-text.ts';

type Found = ConsoleSearchMessagesQuery['searchMessages'][number];

const SNIPPET_CHARS = 140;

export function createConsoleSearch(deps: { client: KefuClient; t: ConsoleTranslate; locale: string; onOpen(conversationId: string): void; onError(error: unknown): void }) {
  const { t } = deps;
  const input = h('input', { type: 'search', name: 'q', maxlength: 200, placeholder: t('searchPlaceholder'), 'aria-label': t('searchMessages') });
  const clear = h('button', { type: 'button', 'data-action': 'clear-search', hidden: true, onclick: () => reset() }, t('clearSearch'));
  const results = h('div', { class: 'list search-results', role: 'group', 'aria-label': t('searchResults'), hidden: true });
  const form = h('form', { class: 'search', role: 'search' }, input, clear);
  let column: HTMLElement | undefined;
  let asked = 0;

  const who = (m: Found) => (m.internal ? t('note') : m.authorType === 'VISITOR' ? t('anonymous') : m.authorType === 'BOT' ? t('botAuthor') : t('agentAuthor'));
  const renderResult = (m: Found) =>
    h(
      'button',
      { type: 'button', class: 'item', role: 'option', 'data-conversation-id': m.conversationId, 'data-seq': m.seq, onclick: () => deps.onOpen(m.conversationId) },
      h('div', { class: 'who' }, who(m)),
      h('div', { class: 'preview' }, `${formatTime(String(m.createdAt), deps.locale)} · ${m.body.length > SNIPPET_CHARS ? `${m.body.slice(0, SNIPPET_CHARS)}…` : m.body}`),
    );
  const show = (found: Found[] | null) => {
    const isSearching = found !== null;
    column?.classList.toggle('is-searching', isSearching);
    results.hidden = !isSearching;
    clear.hidden = !isSearching;
    if (!found) return replaceChildren(results);
    replaceChildren(results, ...(found.length > 0 ? found.map(renderResult) : [h('p', { class: 'placeholder', style: 'padding:12px' }, t('noMessagesFound'))]));
    // A listbox must hold options (axe): the "nothing found" note is not one.
    results.setAttribute('role', found.length > 0 ? 'listbox' : 'group');
  };
  const reset = () => {
    asked++;
    input.value = '';
    show(null);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return reset();
    const ask = ++asked;
    deps.client.request(ConsoleSearchMessagesDocument, { query }).then(
      ({ searchMessages }) => void (ask === asked && show(searchMessages)),
      (error: unknown) => void (ask === asked && deps.onError(error)),
    );
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') reset();
  });

  return {
    /** Puts the box at the top of the inbox column and the results under it. */
    attachTo(inbox: HTMLElement) {
      column = inbox;
      inbox.prepend(form);
      inbox.append(results);
    },
  };
}
