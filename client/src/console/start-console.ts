// The signed-in console: top bar with the presence switch, inbox, conversation and visitor columns,
// and the keyboard shortcuts. One SDK client with an eager socket, so presence counts from sign-in.
import { createKefuClient } from '../create-kefu-client.ts';
import { ConsoleSetStatusDocument, ConsoleViewerDocument, SignOutDocument, type AgentStatus } from '../generated/graphql.ts';
import { createStatusBanner } from '../ui/status-banner.ts';
import { h, replaceChildren } from '../ui/create-element.ts';
import { createConsoleComposer } from './console-composer.ts';
import { createConsoleConversationView } from './console-conversation.ts';
import { createConsoleInbox, INBOX_TABS } from './console-inbox.ts';
import { createConsoleSearch } from './console-search.ts';
import { createConsoleShell } from './console-shell.ts';
import type { ConsoleLocale, ConsoleTranslate } from './console-text.ts';
import { createConsoleVisitorPanel } from './console-visitor-panel.ts';

export interface ConsoleOptions {
  graphqlUrl: string;
  token: string;
  locale: ConsoleLocale;
  t: ConsoleTranslate;
  root: HTMLElement;
  /** Back to sign-in: `ended` when the server ended the session (signed out elsewhere, deactivated, role changed), not the agent. */
  onSignOut(reason?: 'ended'): void;
}

export async function startConsole(options: ConsoleOptions): Promise<void> {
  const { t, locale } = options;
  // Once the server refuses the token the client stops for good: left running, its socket would
  // keep reconnecting with the dead token and sign out the session the agent opens next.
  let isEnded = false;
  const endSessionHere = () => {
    if (isEnded) return;
    isEnded = true;
    void client.close();
    options.onSignOut('ended');
  };
  const client = createKefuClient({
    url: options.graphqlUrl,
    isLazy: false,
    storage: localStorage,
    outboxKey: 'kefu:console:outbox',
    auth: ({ isRejected }) => {
      if (isRejected) endSessionHere();
      return isEnded ? null : options.token;
    },
  });
  let viewer;
  try {
    ({ viewer } = await client.request(ConsoleViewerDocument));
  } catch (error) {
    // Not signed in (yet): an unreachable server leaves the session to the caller to try again.
    void client.close();
    if (isEnded) return;
    throw error;
  }
  const agent = viewer?.agent;
  if (!agent) return endSessionHere();

  const banner = h('span', { class: 'banner', hidden: true, role: 'status' });
  const { showError, showConnection } = createStatusBanner(banner, client.state, { locale, offline: t('offline'), reconnecting: t('reconnecting') });

  const status = h('select', { 'aria-label': t('presence'), 'data-presence': '' }, ...(['ONLINE', 'AWAY', 'OFFLINE'] as const).map((s) => h('option', { value: s, selected: s === agent.status }, t(s))));
  status.addEventListener('change', () => {
    void client.request(ConsoleSetStatusDocument, { input: { status: status.value as AgentStatus } }).catch(showError);
  });
  // The token is revoked on the server too (its sockets close); offline, it is at least forgotten here.
  const endSession = () => client.request(SignOutDocument, {}).catch(() => undefined);
  const signOut = h('button', { type: 'button', onclick: () => void endSession().then(() => client.close()).then(() => options.onSignOut()) }, t('signOut'));

  const shell = createConsoleShell({ client, locale, agentId: agent.id, isAdmin: agent.role !== 'AGENT', onOpen: (id) => inbox.select(id) });
  const composer = createConsoleComposer({ client, t, onError: showError, onSent: showConnection });
  const visitorPanel = createConsoleVisitorPanel({ client, t, onUseAnswer: (text) => composer.insert(text) });
  const conversation = createConsoleConversationView({
    client,
    agentId: agent.id,
    t,
    locale,
    composer,
    onChanged: (c) => {
      inbox.upsert(c);
      conversation.refresh(c);
      visitorPanel.show(c);
    },
    onMessage: visitorPanel.noteMessage,
    onError: showError,
    onGone: (id) => gone(id),
  });
  const inbox = createConsoleInbox({
    client,
    agentId: agent.id,
    t,
    locale,
    onSelect: (id) => {
      visitorPanel.show(inbox.get(id));
      shell.opened(inbox.get(id));
      void conversation.open(id).then(() => composer.focus(), showError);
    },
    // Changes made elsewhere (assigned, tagged, resolved) redraw the open conversation's header.
    onChanged: (c) => conversation.refresh(c),
    onEvent: shell.noteInboxEvent,
    onGone: (id) => gone(id),
  });
  const gone = (id: string) => {
    inbox.remove(id);
    conversation.gone(id);
  };
  visitorPanel.element.append(shell.history);
  // A result opens its conversation at the message found.
  const search = createConsoleSearch({
    client,
    t,
    locale,
    onOpen: (id, seq) => {
      inbox.select(id);
      void conversation.reveal(id, seq).catch(showError);
    },
  });
  search.attachTo(inbox.element);

  replaceChildren(
    options.root,
    h(
      'div',
      { class: 'app' },
      h('header', { class: 'topbar' }, h('span', { class: 'brand' }, 'Kefu'), shell.nav, banner, shell.notifier, h('span', {}, agent.name), status, signOut),
      inbox.element,
      conversation.element,
      visitorPanel.element,
      h('footer', { class: 'footer' }, t('shortcuts')),
      ...shell.pages,
    ),
  );
  shell.attach(options.root.firstElementChild as HTMLElement);

  document.addEventListener('keydown', (event) => {
    if (!event.altKey) return;
    const tab = INBOX_TABS[Number(event.key) - 1];
    // While search results stand in for the lists, the arrows move through them and a list's key leaves them.
    const actions: Record<string, () => void> = {
      ArrowUp: () => (search.isActive ? search.move(-1) : inbox.move(-1)),
      ArrowDown: () => (search.isActive ? search.move(1) : inbox.move(1)),
      t: () => void conversation.take(),
      r: () => void conversation.toggleResolved(),
      n: () => composer.toggleNote(),
    };
    const action = tab ? () => (search.reset(), inbox.showTab(tab)) : actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}
