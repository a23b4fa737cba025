// The inbox's search box: history search (searchMessages) over the conversations this agent may
// see. While a search is shown it takes the place of the lists; a result opens its conversation.
import type { KefuClient } from '../create-kefu-client.ts';
import { ConsoleSearchMessagesDocument, type ConsoleSearchMessagesQuery } from '../generated/graphql.ts';
import { describeError } from '../kefu-client-error.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import type { ConsoleTranslate } from './console-text.ts';

type Found = ConsoleSearchMessagesQuery['searchMessages'][number];

const PAGE = 30;
const SNIPPET_CHARS = 140;
/** Characters of context kept before the first match when a long message is cut. */
const LEAD_CHARS = 20;

/** The query's words, as the server matches them: case-insensitive, any run of letters or digits. */
const termsOf = (query: string) => query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** `text` cut to a snippet around its first match, with every match of the terms in <mark>. */
function highlighted(text: string, terms: string[]): (string | HTMLElement)[] {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const start = text.length > SNIPPET_CHARS && Number.isFinite(first) ? Math.max(0, Math.min(first - LEAD_CHARS, text.length - SNIPPET_CHARS)) : 0;
  const snippet = text.slice(start, start + SNIPPET_CHARS);
  const parts: (string | HTMLElement)[] = start > 0 ? ['…'] : [];
  const pattern = terms.length > 0 ? new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu') : null;
  let at = 0;
  for (const match of pattern ? snippet.matchAll(pattern) : []) {
    parts.push(snippet.slice(at, match.index), h('mark', {}, match[0]));
    at = match.index + match[0].length;
  }
  parts.push(snippet.slice(at));
  if (start + SNIPPET_CHARS < text.length) parts.push('…');
  return parts.filter((p) => p !== '');
}

export function createConsoleSearch(deps: { client: KefuClient; t: ConsoleTranslate; locale: string; onOpen(conversationId: string, seq: number): void }) {
  const { t } = deps;
  const input = h('input', { type: 'search', name: 'q', maxlength: 200, placeholder: t('searchPlaceholder'), 'aria-label': t('searchMessages') });
  const clear = h('button', { type: 'button', 'data-action': 'clear-search', hidden: true, onclick: () => reset() }, t('clearSearch'));
  const results = h('div', { class: 'list search-results', role: 'region', 'aria-label': t('searchResults'), hidden: true });
  const more = h('button', { type: 'button', class: 'more', 'data-action': 'more-results', onclick: () => void ask(shown.length) }, t('moreResults'));
  const form = h('form', { class: 'search', role: 'search' }, input, clear);
  let column: HTMLElement | undefined;
  let query = '';
  let shown: Found[] = [];
  let asked = 0;

  // Results reach back in time: the date too, unless it is today.
  const whenOf = (iso: string) => {
    const date = new Date(iso);
    const time = formatTime(iso, deps.locale);
    return date.toDateString() === new Date().toDateString() ? time : `${date.toLocaleDateString(deps.locale)} ${time}`;
  };
  // Who wrote it, by name where there is one, so results from different conversations tell apart.
  const who = (m: Found) => {
    const author = m.author;
    const name = author?.__typename === 'Visitor' ? author.visitorName || author.email : author?.__typename === 'Agent' || author?.__typename === 'AgentBot' ? author.name : null;
    const role = m.authorType === 'VISITOR' ? t('anonymous') : m.authorType === 'BOT' ? t('botAuthor') : t('agentAuthor');
    return [m.internal ? t('note') : null, name || role].filter(Boolean).join(' · ');
  };
  const renderResult = (m: Found, terms: string[]) =>
    h(
      'button',
      { type: 'button', class: 'item', role: 'option', 'data-conversation-id': m.conversationId, 'data-seq': m.seq, onclick: () => deps.onOpen(m.conversationId, m.seq) },
      h('div', { class: 'who' }, who(m)),
      h('div', { class: 'preview' }, `${whenOf(String(m.createdAt))} · `, ...highlighted(m.body, terms)),
    );
  const note = (text: string) => h('p', { class: 'placeholder', style: 'padding:12px' }, text);
  const setSearching = (isSearching: boolean) => {
    column?.classList.toggle('is-searching', isSearching);
    results.hidden = !isSearching;
    clear.hidden = !isSearching;
  };
  const show = (found: Found[] | null, hasMore = false) => {
    setSearching(found !== null);
    shown = found ?? [];
    if (!found) return replaceChildren(results);
    const terms = termsOf(query);
    const list = found.length > 0 ? h('div', { role: 'listbox', 'aria-label': t('searchResults') }, ...found.map((m) => renderResult(m, terms))) : note(t('noMessagesFound'));
    replaceChildren(results, list, hasMore ? more : null);
  };
  /** Loads the page of results from `offset` on; a newer search or a reset makes an answer stale. */
  const ask = async (offset: number) => {
    const ticket = ++asked;
    try {
      const { searchMessages } = await deps.client.request(ConsoleSearchMessagesDocument, { query, first: PAGE, offset });
      if (ticket !== asked) return;
      // Offsets shift when a new match is stored meanwhile: a result already shown is not shown twice.
      const earlier = shown.slice(0, offset);
      const ids = new Set(earlier.map((m) => m.id));
      show([...earlier, ...searchMessages.filter((m) => !ids.has(m.id))], searchMessages.length === PAGE);
    } catch (error) {
      if (ticket !== asked) return;
      // Said where the results would be, so none of an earlier query's stay under this one; a
      // failed More keeps the results shown and the button to try again.
      const failure = note(describeError(error, deps.locale));
      if (offset === 0) replaceChildren(results, failure);
      else results.insertBefore(failure, more);
    }
  };
  const reset = () => {
    asked++;
    input.value = '';
    query = '';
    show(null);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = input.value.trim();
    if (!query) return reset();
    shown = [];
    setSearching(true);
    replaceChildren(results, note(t('searching')));
    void ask(0);
  });
  for (const element of [input, results]) {
    element.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      reset();
      input.focus();
    });
  }

  return {
    get isActive() {
      return !results.hidden;
    },
    /** Back to the lists. */
    reset,
    /** Focuses the next (+1) or previous (-1) result. */
    move(step: 1 | -1) {
      const items = [...results.querySelectorAll<HTMLElement>('.item')];
      const index = items.indexOf(document.activeElement as HTMLElement);
      items[index < 0 ? 0 : Math.min(items.length - 1, Math.max(0, index + step))]?.focus();
    },
    /** Puts the box at the top of the inbox column and the results under it. */
    attachTo(inbox: HTMLElement) {
      column = inbox;
      inbox.prepend(form);
      inbox.append(results);
    },
  };
}
