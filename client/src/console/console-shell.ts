// What the console adds around the inbox for issue 17: the Inbox / Reports / Settings switch (the
// pages for admins only), notifications of new and transferred chats, the customer's past
// conversations, and the phone layout (one column: the list, or the open conversation with a
// back button).
import type { KefuClient } from '../create-kefu-client.ts';
import type { ConsoleConversationFragment } from '../generated/graphql.ts';
import { h } from '../ui/create-element.ts';
import type { Locale } from '../ui/translate.ts';
import { createAdminTranslator } from './admin/admin-text.ts';
import { createReportsPage } from './admin/reports-page.ts';
import { createSettingsPage } from './admin/settings-page.ts';
import { createConsoleNotifier } from './console-notifier.ts';
import { createVisitorHistory } from './console-visitor-history.ts';

type View = 'inbox' | 'reports' | 'settings';

export function createConsoleShell(deps: { client: KefuClient; locale: Locale; agentId: string; isAdmin: boolean; onOpen(id: string): void }) {
  const t = createAdminTranslator(deps.locale);
  const notifier = createConsoleNotifier(t);
  const history = createVisitorHistory({ client: deps.client, t, locale: deps.locale, onOpen: deps.onOpen });
  const reports = deps.isAdmin ? createReportsPage({ client: deps.client, t, locale: deps.locale }) : undefined;
  const settings = deps.isAdmin ? createSettingsPage({ client: deps.client, t, locale: deps.locale }) : undefined;
  let app: HTMLElement | undefined;

  const views: [View, string][] = deps.isAdmin ? [['inbox', t('inbox')], ['reports', t('reports')], ['settings', t('settings')]] : [];
  const buttons = views.map(([view, label]) => h('button', { type: 'button', 'data-view': view, 'aria-pressed': String(view === 'inbox'), onclick: () => show(view) }, label));
  const back = h('button', { type: 'button', class: 'back', 'data-action': 'back', onclick: () => app?.classList.remove('is-reading') }, `← ${t('back')}`);

  function show(view: View) {
    if (!app) return;
    app.dataset.view = view;
    if (view !== 'inbox') app.classList.remove('is-reading');
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.view === view));
    if (view === 'reports') reports?.load();
    if (view === 'settings') settings?.load();
  }

  return {
    nav: h('nav', { class: 'views', 'aria-label': t('consolePages') }, back, ...buttons),
    notifier: notifier.element,
    pages: [reports?.element, settings?.element],
    history: history.element,
    /** The console's root grid, once it is on the page. */
    attach(root: HTMLElement) {
      app = root;
      app.dataset.view = 'inbox';
    },
    /** A conversation was picked: on a phone it replaces the list. */
    opened(conversation: ConsoleConversationFragment | undefined) {
      app?.classList.add('is-reading');
      history.show(conversation?.visitor.id, conversation?.id);
    },
    /** Every inbox event, with the conversation as it is now. */
    noteInboxEvent(reason: string, conversation: ConsoleConversationFragment) {
      const who = conversation.visitor.name || conversation.subject || '';
      if (reason === 'CREATED') notifier.notify('newChat', who);
      else if (reason === 'TRANSFERRED' && conversation.assignee?.id === deps.agentId) notifier.notify('transferredChat', who);
    },
  };
}
