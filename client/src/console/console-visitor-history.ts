// The customer panel's history: the visitor's other conversations, newest first, with their CSAT.
import type { KefuClient } from '../create-kefu-client.ts';
import { ConsoleVisitorHistoryDocument } from '../generated/graphql.ts';
import { formatTime, h, replaceChildren } from '../ui/create-element.ts';
import type { AdminTranslate } from './admin/admin-text.ts';

export function createVisitorHistory(deps: { client: KefuClient; t: AdminTranslate; locale: string; onOpen(id: string): void }): { element: HTMLElement; show(visitorId: string | undefined, currentId: string | undefined): void } {
  const { t } = deps;
  const list = h('ul', { class: 'history' });
  let shownVisitor: string | undefined;
  const element = h('div', {}, h('h3', {}, t('pastConversations')), list);
  return {
    element,
    show(visitorId, currentId) {
      shownVisitor = visitorId;
      if (!visitorId) return replaceChildren(list);
      deps.client.request(ConsoleVisitorHistoryDocument, { filter: { visitorId } }).then(({ conversations }) => {
        if (shownVisitor !== visitorId) return;
        const past = conversations.edges.map((e) => e.node).filter((c) => c.id !== currentId);
        replaceChildren(
          list,
          ...(past.length === 0
            ? [h('li', { class: 'muted' }, t('noPastConversations'))]
            : past.map((c) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'link', onclick: () => deps.onOpen(c.id) }, c.subject || `${new Date(String(c.createdAt)).toLocaleDateString(deps.locale)} ${formatTime(String(c.createdAt), deps.locale)}`),
                  ' ',
                  h('span', { class: 'badge' }, t(c.status)),
                  c.csat ? h('span', { class: 'stars', 'aria-label': `${t('csat')} ${c.csat.score}/5` }, ` ${'★'.repeat(c.csat.score)}${'☆'.repeat(5 - c.csat.score)}`) : null,
                  c.csat?.comment ? h('div', { class: 'muted' }, c.csat.comment) : null,
                ),
              )),
        );
        // Not loaded (offline, say): the list stays empty and the next open asks again; the top bar says why.
      }, () => undefined);
    },
  };
}
