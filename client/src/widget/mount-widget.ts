// The visitor widget: one Kefu SDK client (resume, outbox, connection state) behind the view.
// Session token, conversation id and unsent messages live in localStorage, so a reload or a lost
// network continues the same chat without losing or repeating a message.
import { createKefuClient } from '../create-kefu-client.ts';
import type { ConversationMessage } from '../follow-conversation.ts';
import { StartConversationDocument, StartVisitorSessionDocument } from '../generated/graphql.ts';
import {
  WidgetConversationDocument,
  ChatMarkReadDocument,
  WidgetQueueStatusDocument,
  WidgetRateConversationDocument,
  ChatReadReceiptsDocument,
  WidgetRequestAgentDocument,
  ChatSetTypingDocument,
  ChatTypingEventsDocument,
  WidgetLeaveMessageDocument,
  type QueueStatus,
} from '../generated/graphql.ts';
import { createStatusBanner } from '../ui/status-banner.ts';
import { h, replaceChildren } from '../ui/create-element.ts';
import { createWidgetMessageLog, type WidgetAnswer } from './widget-message-log.ts';
import type { Locale } from '../ui/translate.ts';
import { createWidgetTranslator } from './widget-text.ts';
import { createClientMessageId } from '../outbox.ts';
import { createCsatCard, createLeaveMessageCard, createPrechatCard, createWidgetView, type PrechatField } from './widget-view.ts';

export interface WidgetOptions {
  /** The GraphQL endpoint, e.g. https://kefu.example.com/graphql. */
  graphqlUrl: string;
  /** The workspace's public widget key (data-workspace). */
  widgetKey: string;
  locale: Locale;
  /** Fields of the pre-chat form (data-prechat="name,email"); empty skips the form. */
  prechatFields: PrechatField[];
  storage: Storage;
  /**
   * A signed-in user of your site (data-external-id, data-identity-hash): identityHash is the hex
   * HMAC-SHA256 of externalId with the workspace identity secret, computed on your server. Without
   * it the chat is anonymous. @default anonymous
   */
  identity?: { externalId: string; identityHash: string };
}

const TYPING_REFRESH_MS = 3_000;
const TYPING_IDLE_MS = 4_000;
const TYPING_SHOWN_MS = 8_000;

export function mountWidget(options: WidgetOptions): { close(): Promise<void> } {
  const t = createWidgetTranslator(options.locale);
  // The visitor's locale, as agents and the bot see it: the browser's when it is in the chat's
  // language (zh-TW stays zh-TW), else the chat's (a zh-CN widget in an English browser speaks Chinese).
  const chatLanguageTag = options.locale === 'zh' ? 'zh-CN' : 'en';
  const visitorLocale = navigator.language.toLowerCase().startsWith(options.locale) ? navigator.language : chatLanguageTag;
  // Each identified user of the site keeps its own session, conversation and outbox in this browser.
  const scope = options.identity ? `${options.widgetKey}:${options.identity.externalId}` : options.widgetKey;
  const keys = { token: `kefu:${scope}:visitor`, conversation: `kefu:${scope}:conversation`, outbox: `kefu:${scope}:outbox` };
  let token = options.storage.getItem(keys.token);
  let conversationId = options.storage.getItem(keys.conversation);
  let isStarted = false;
  let visitorProfile = { name: '', email: '' };
  let isLeaveCardShown = false;
  /** The visitor session being started (after the pre-chat form, or on open): sends wait for it. */
  let sessionStarting: Promise<void> | null = null;
  const stops: (() => void)[] = [];

  const anonymous = createKefuClient({ url: options.graphqlUrl });
  const startSession = async (profile: Partial<Record<PrechatField, string>> = {}) => {
    const { startVisitorSession } = await anonymous.request(StartVisitorSessionDocument, {
      input: { widgetKey: options.widgetKey, visitorToken: token, ...options.identity, locale: visitorLocale, pageUrl: location.href, userAgent: navigator.userAgent, name: profile.name, email: profile.email, ...(profile.phone ? { metadata: { phone: profile.phone } } : {}) },
    });
    token = startVisitorSession.token;
    // What the visitor typed in the pre-chat form fills the leave-a-message form too.
    visitorProfile = { name: startVisitorSession.visitor.name || profile.name || visitorProfile.name, email: startVisitorSession.visitor.email || profile.email || visitorProfile.email };
    options.storage.setItem(keys.token, token);
  };
  const client = createKefuClient({
    url: options.graphqlUrl,
    auth: async ({ isRejected }) => {
      if (isRejected) await startSession();
      return token;
    },
    storage: options.storage,
    outboxKey: keys.outbox,
  });

  const view = createWidgetView(t, { onOpen: () => void open(), onSend: (text) => void send(text), onFiles: (files) => void sendFiles(files), onHuman: () => void askForHuman(), onInput: () => noteTyping() });
  const log = createWidgetMessageLog(view.log, t, navigator.language, (answer) => void send(answer.body, answer), (path) => client.attachmentUrl(path));
  // The chat's words are in its own language, which may not be the page's (data-locale="zh-CN" on an English site): screen readers follow lang.
  view.host.lang = chatLanguageTag;
  document.body.appendChild(view.host);

  const status = createStatusBanner(view.banner, client.state, { locale: options.locale, offline: t('offline'), reconnecting: t('reconnecting') });
  const { showError, showConnection } = status;
  stops.push(status.stop);
  stops.push(
    client.outbox.on((event) => {
      if (event.item.conversationId !== conversationId) return;
      if (event.kind === 'queued') log.showPending(event.item);
      if (event.kind === 'failed') log.markFailed(event.item.clientMessageId);
    }),
  );

  const showQueue = async (status: Pick<QueueStatus, 'state' | 'position' | 'etaSeconds' | 'isAgentOnline'>) => {
    view.status.hidden = status.state === 'NONE';
    // Asking for a person means nothing once one is here, or while the visitor waits for one.
    view.humanButton.hidden = status.state === 'ASSIGNED' || status.state === 'WAITING';
    if (status.state === 'WAITING' && !status.isAgentOnline) {
      // No honest wait exists with nobody online: say so and offer the form (the visitor stays in line).
      view.status.textContent = t('queueNobodyOnline');
      if (!isLeaveCardShown) view.showCard(createLeaveMessageCard(t, visitorProfile, leaveMessage));
      isLeaveCardShown = true;
      return;
    }
    // Someone came: the form offered while nobody was online gives way to the chat.
    if (isLeaveCardShown && status.state !== 'OFFLINE') view.showCard(null);
    isLeaveCardShown = false;
    if (status.state === 'WAITING') {
      view.status.textContent = status.position && status.etaSeconds ? t('queue', { n: status.position, m: Math.max(1, Math.ceil(status.etaSeconds / 60)) }) : t('queueNoEta');
    } else if (status.state === 'ASSIGNED' && conversationId) {
      const { conversation } = await client.request(WidgetConversationDocument, { id: conversationId });
      view.status.textContent = t('assigned', { name: conversation?.assignee?.name ?? t('agent') });
    } else if (status.state === 'OFFLINE') {
      view.status.hidden = true;
      view.showCard(createLeaveMessageCard(t, visitorProfile, leaveMessage));
    }
  };

  // A conversation is rated once (a second rating is refused), also when it is resolved again; the
  // history's replayed "resolved" line must not ask again after a reload.
  let isRated = false;
  let csatCard: HTMLElement | null = null;
  const showCsat = () => {
    if (isRated) return;
    csatCard = createCsatCard(t, async ({ score, comment }) => {
      // A refused rating keeps the card (the visitor can fix the comment) and says why.
      await client.request(WidgetRateConversationDocument, { input: { conversationId: conversationId!, score, comment } }).catch((error: unknown) => {
        showError(error);
        throw error;
      });
      isRated = true;
    });
    view.showCard(csatCard);
  };

  // The newest staff or bot message not marked read yet: one that came while the chat was closed is
  // read when the visitor opens it (the agent's "Read" waited for the next message before).
  let unreadSeq = 0;
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  const markRead = () => {
    clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      if (view.panel.hidden || !conversationId || unreadSeq === 0) return;
      const seq = unreadSeq;
      unreadSeq = 0;
      void client.request(ChatMarkReadDocument, { input: { conversationId, seq } }).catch(() => {});
    }, 300);
  };

  // Replies that came while the chat was closed, counted on the launcher until it opens (a visitor
  // who closed the chat to wait never saw that an agent had answered).
  let unseenReplies = 0;
  let typingHideTimer: ReturnType<typeof setTimeout> | undefined;
  const onMessage = (message: ConversationMessage) => {
    log.showStored(message);
    if (message.authorType !== 'VISITOR') {
      if (view.panel.hidden && message.kind === 'TEXT') view.setUnread(++unseenReplies);
      unreadSeq = Math.max(unreadSeq, message.seq);
      markRead();
      if (message.kind === 'TEXT') view.typing.textContent = '';
    }
    const to = (message.data as { to?: string } | null)?.to;
    if (message.kind === 'STATUS_CHANGED' && to === 'RESOLVED') {
      view.status.hidden = true;
      showCsat();
    }
    if (message.kind === 'STATUS_CHANGED' && to === 'OPEN') view.showCard(null);
    // The visitor writing reopens a resolved conversation (with no status line): the rating card goes.
    if (message.authorType === 'VISITOR' && csatCard?.isConnected) view.showCard(null);
  };

  const attach = async (id: string) => {
    const { conversation } = await client.request(WidgetConversationDocument, { id });
    if (!conversation) {
      options.storage.removeItem(keys.conversation);
      conversationId = null;
      return;
    }
    isRated = Boolean(conversation.csat);
    for (const item of client.outbox.list()) if (item.conversationId === id) log.showPending(item);
    const follower = client.followConversation(id, { afterSeq: 0, onMessage, onError: showError });
    stops.push(() => follower.stop());
    stops.push(client.subscribe(WidgetQueueStatusDocument, { conversationId: id }, { next: ({ queueStatus }) => void showQueue(queueStatus) }));
    stops.push(
      client.subscribe(ChatTypingEventsDocument, { conversationId: id }, {
        next: ({ typingEvents }) => {
          if (typingEvents.participantKind === 'VISITOR') return;
          view.typing.textContent = typingEvents.isTyping ? t('typing') : '';
          clearTimeout(typingHideTimer);
          typingHideTimer = setTimeout(() => (view.typing.textContent = ''), TYPING_SHOWN_MS);
        },
      }),
    );
    stops.push(
      client.subscribe(ChatReadReceiptsDocument, { conversationId: id }, {
        next: ({ readReceipts }) => (readReceipts.participant.startsWith('visitor:') ? undefined : log.markReadUpTo(readReceipts.lastReadSeq)),
      }),
    );
    if (conversation.status === 'RESOLVED') showCsat();
  };

  /** A message typed while the session is still starting (right after the pre-chat form) waits for it; a failed start is tried again. */
  const sessionReady = async () => {
    if (!token) sessionStarting ??= startSession();
    try {
      await sessionStarting;
    } catch (error) {
      sessionStarting = null;
      throw error;
    }
  };

  const ensureConversation = async (): Promise<string> => {
    await sessionReady();
    if (conversationId) return conversationId;
    const { startConversation } = await client.request(StartConversationDocument, { input: {} });
    conversationId = startConversation.conversation.id;
    options.storage.setItem(keys.conversation, conversationId);
    await attach(conversationId);
    return conversationId;
  };

  const ready = async () => {
    replaceChildren(view.log, h('div', { class: 'msg theirs greeting' }, t('greeting')));
    if (conversationId) await attach(conversationId);
  };

  const open = async () => {
    unseenReplies = 0;
    view.setUnread(0);
    markRead();
    if (isStarted) return;
    isStarted = true;
    try {
      if (!token && options.prechatFields.length > 0) {
        // The form comes first: no conversation (and no handoff) without the fields it asks for.
        view.humanButton.hidden = true;
        view.showCard(
          createPrechatCard(t, options.prechatFields, (profile) => {
            view.showCard(null);
            view.humanButton.hidden = false;
            sessionStarting = startSession(profile);
            void sessionStarting.then(ready).catch(showError);
          }),
        );
        return;
      }
      await (sessionStarting = startSession());
      await ready();
    } catch (error) {
      showError(error);
    }
  };

  const send = async (body: string, answer: Omit<WidgetAnswer, 'body'> = {}) => {
    let id: string;
    try {
      id = await ensureConversation();
    } catch (error) {
      // Not queued anywhere yet: the text goes back into the box, so it is not lost.
      if (!view.input.value) view.input.value = body;
      showError(error);
      return;
    }
    try {
      stopTyping();
      // The outbox keeps it until the server stores it; 'queued' shows it at once.
      await client.sendMessage({ conversationId: id, body, ...answer });
      // An error shown for an earlier attempt is over once a message goes through.
      showConnection();
    } catch (error) {
      showError(error);
    }
  };

  // Files go up first (not queued offline: they can be large), then one message carries them all.
  const sendFiles = async (files: File[]) => {
    // The status line says "Uploading …" meanwhile, then shows again what it said (queue place, who helps).
    const before = { text: view.status.textContent, hidden: view.status.hidden };
    let uploading = '';
    const restoreStatus = () => {
      // Unless a queue update wrote the line meanwhile.
      if (view.status.textContent !== uploading) return;
      view.status.textContent = before.text;
      view.status.hidden = before.hidden;
    };
    try {
      const id = await ensureConversation();
      view.status.hidden = false;
      const attachmentIds: string[] = [];
      for (const file of files) {
        view.status.textContent = uploading = t('uploading', { name: file.name || 'image' });
        attachmentIds.push((await client.uploadAttachment(id, file, file.name || 'image.png')).id);
      }
      restoreStatus();
      await client.sendMessage({ conversationId: id, body: '', attachmentIds });
      // A refusal of an earlier file no longer applies.
      showConnection();
    } catch (error) {
      restoreStatus();
      showError(error);
    }
  };

  const askForHuman = async () => {
    try {
      const id = await ensureConversation();
      const { requestAgent } = await client.request(WidgetRequestAgentDocument, { input: { conversationId: id, language: options.locale } });
      await showQueue(requestAgent.queueStatus);
    } catch (error) {
      showError(error);
    }
  };

  const leaveMessage = async ({ name, email, message }: { name: string; email: string; message: string }) => {
    try {
      const id = await ensureConversation();
      await client.request(WidgetLeaveMessageDocument, { input: { conversationId: id, name: name || null, email, message, clientMessageId: createClientMessageId() } });
      visitorProfile = { name: name || visitorProfile.name, email };
      // A refusal shown for an earlier attempt no longer applies.
      showConnection();
    } catch (error) {
      showError(error);
      throw error;
    }
  };

  let lastTypingAt = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const setTyping = (isTyping: boolean) => {
    if (conversationId) void client.request(ChatSetTypingDocument, { input: { conversationId, isTyping } }).catch(() => {});
  };
  const stopTyping = () => {
    clearTimeout(idleTimer);
    if (lastTypingAt > 0) setTyping(false);
    lastTypingAt = 0;
  };
  const noteTyping = () => {
    if (Date.now() - lastTypingAt > TYPING_REFRESH_MS) {
      lastTypingAt = Date.now();
      setTyping(true);
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  return {
    async close() {
      for (const stop of stops.splice(0)) stop();
      view.host.remove();
      await Promise.all([client.close(), anonymous.close()]);
    },
  };
}
