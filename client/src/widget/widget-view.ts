// The widget's DOM inside a shadow root: launcher, panel, banners, log, composer and the cards
// (pre-chat form, leave-a-message, CSAT) the chat swaps in.
import { h, replaceChildren } from '../ui/create-element.ts';
import { acceptPastedAndDroppedFiles, createFilePicker } from '../ui/file-sources.ts';
import { widgetStyles } from './widget-styles.ts';
import type { Translate } from './widget-text.ts';

const CHAT_ICON = '<svg width="28" height="28" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';

export type PrechatField = 'name' | 'email' | 'phone';

export interface WidgetView {
  host: HTMLElement;
  panel: HTMLElement;
  launcher: HTMLButtonElement;
  banner: HTMLElement;
  status: HTMLElement;
  log: HTMLElement;
  typing: HTMLElement;
  composer: HTMLFormElement;
  input: HTMLTextAreaElement;
  humanButton: HTMLButtonElement;
  /** Shows a card (form) above the composer; null removes it. */
  showCard(card: HTMLElement | null): void;
  setOpen(isOpen: boolean): void;
  /** Replies that came while the chat was closed, shown on the launcher (0 hides the count). */
  setUnread(count: number): void;
}

export function createWidgetView(t: Translate, handlers: { onOpen(): void; onSend(text: string): void; onFiles(files: File[]): void; onHuman(): void; onInput(): void }): WidgetView {
  const host = h('div', { id: 'kefu-widget' });
  const root = host.attachShadow({ mode: 'open' });
  const launcher = h('button', { class: 'launcher', type: 'button', 'aria-label': t('open'), title: t('open') });
  // A constant icon, so innerHTML carries no outside text.
  launcher.innerHTML = CHAT_ICON;
  const unreadBadge = h('span', { class: 'unread', hidden: true, 'aria-hidden': 'true' });
  launcher.append(unreadBadge);
  const banner = h('div', { class: 'banner', role: 'status', hidden: true });
  const status = h('div', { class: 'status', role: 'status', hidden: true });
  // Focusable, so a keyboard user can scroll back through a history longer than the panel (axe: scrollable-region-focusable).
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t('messages'), tabindex: 0 });
  const typing = h('div', { class: 'typing', 'aria-live': 'polite' });
  const cardSlot = h('div', {});
  const input = h('textarea', { placeholder: t('placeholder'), 'aria-label': t('placeholder'), rows: 1 });
  const picker = createFilePicker(t('attach'), handlers.onFiles);
  const composer = h('form', { class: 'composer' }, picker.button, picker.input, input, h('button', { class: 'primary', type: 'submit' }, t('send')));
  const humanButton = h('button', { type: 'button', class: 'human', onclick: handlers.onHuman }, t('human'));
  const closeButton = h('button', { type: 'button', 'aria-label': t('close') }, '✕');
  const panel = h('section', { class: 'panel', hidden: true, role: 'dialog', 'aria-label': t('title') }, h('header', {}, h('h2', {}, t('title')), humanButton, closeButton), banner, status, log, typing, cardSlot, composer);
  root.append(h('style', {}, widgetStyles), launcher, panel);

  acceptPastedAndDroppedFiles({ paste: input, drop: panel }, handlers.onFiles);

  // Focus goes into the chat on open and back to the launcher on close; on open the newest message
  // is in view (a reply that arrived while closed was added to a hidden log, which cannot scroll).
  const setOpen = (isOpen: boolean) => {
    if (panel.hidden === !isOpen) return;
    panel.hidden = !isOpen;
    launcher.hidden = isOpen;
    if (isOpen) {
      log.scrollTop = log.scrollHeight;
      input.focus();
    } else {
      launcher.focus();
    }
  };
  launcher.addEventListener('click', () => {
    setOpen(true);
    handlers.onOpen();
  });
  closeButton.addEventListener('click', () => setOpen(false));
  const submit = () => {
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    handlers.onSend(text);
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', handlers.onInput);
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      setOpen(false);
    }
  });

  return {
    host,
    panel,
    launcher,
    banner,
    status,
    log,
    typing,
    composer,
    input,
    humanButton,
    setOpen,
    setUnread(count) {
      unreadBadge.hidden = count === 0;
      unreadBadge.textContent = count > 9 ? '9+' : String(count);
      const label = count === 0 ? t('open') : t('openUnread', { n: count });
      launcher.setAttribute('aria-label', label);
      launcher.title = label;
    },
    showCard(card) {
      const focused = root.activeElement;
      const hadFocus = focused !== null && (composer.contains(focused) || cardSlot.contains(focused));
      // A card takes room from the log: a visitor reading its newest line (the status line a rating
      // card follows) keeps reading it.
      const wasAtEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 8;
      replaceChildren(cardSlot, card);
      composer.hidden = card?.dataset.blocksComposer === 'true';
      if (wasAtEnd) log.scrollTop = log.scrollHeight;
      // Focus on a field this hides or removes stays in the chat (it fell to the page, and a keyboard
      // user typed into nothing): a card that hides the text box (the pre-chat form) takes it, and
      // the text box gets it back when such a card goes.
      if (!hadFocus || panel.hidden) return;
      if (composer.hidden) card?.querySelector<HTMLElement>('input, textarea, button')?.focus();
      else if (!focused.isConnected) input.focus();
    },
  };
}

/** The pre-chat form with the configured fields; resolves with what the visitor typed. */
export function createPrechatCard(t: Translate, fields: PrechatField[], onSubmit: (values: Partial<Record<PrechatField, string>>) => void): HTMLElement {
  const inputs = fields.map((field) => h('input', { name: field, type: field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text', placeholder: t(field), 'aria-label': t(field), required: field !== 'phone' }));
  const form = h('form', { class: 'card prechat', 'data-blocks-composer': 'true' }, h('p', {}, t('prechatIntro')), ...inputs, h('button', { class: 'primary', type: 'submit' }, t('start')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(inputs.map((i) => [i.name, i.value.trim()]).filter(([, v]) => v)));
  });
  return form;
}

/** Offline "leave a message": name, email and the message (leaveMessage). */
export function createLeaveMessageCard(t: Translate, profile: { name: string; email: string }, onSubmit: (values: { name: string; email: string; message: string }) => Promise<void>): HTMLElement {
  const nameInput = h('input', { name: 'name', autocomplete: 'name', placeholder: t('name'), 'aria-label': t('name'), value: profile.name });
  const emailInput = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: true, placeholder: t('email'), 'aria-label': t('email'), value: profile.email });
  const message = h('textarea', { name: 'message', required: true, placeholder: t('leaveMessageBody'), 'aria-label': t('leaveMessageBody'), style: 'height:70px' });
  // The chat box stays: a visitor offered the form may still wait in line and write in the chat.
  const form = h('form', { class: 'card leave-message' }, h('p', {}, t('leaveMessage')), nameInput, emailInput, message, h('button', { class: 'primary', type: 'submit' }, t('leaveMessageSend')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Thanks only once the message is stored; a refusal keeps what was typed (the caller says why).
    onSubmit({ name: nameInput.value.trim(), email: emailInput.value.trim(), message: message.value.trim() }).then(
      () => replaceChildren(form, h('p', {}, t('leaveMessageThanks'))),
      () => undefined,
    );
  });
  return form;
}

/** CSAT: five stars and an optional comment. */
export function createCsatCard(t: Translate, onSubmit: (values: { score: number; comment?: string }) => Promise<void>): HTMLElement {
  let score = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', 'aria-label': `${n}/5`, 'data-score': n, onclick: () => choose(n) }, '★'));
  // The server keeps at most 2,000 characters of a comment (src/csat/rate-conversation.ts).
  const comment = h('textarea', { placeholder: t('csatComment'), maxlength: 2000, style: 'height:56px' });
  const submit = h('button', { class: 'primary', type: 'submit', disabled: true }, t('csatSubmit'));
  const choose = (n: number) => {
    score = n;
    stars.forEach((star, i) => star.classList.toggle('on', i < n));
    submit.disabled = false;
  };
  const form = h('form', { class: 'card csat' }, h('p', {}, t('csatQuestion')), h('div', { class: 'stars' }, ...stars), comment, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (score === 0) return;
    // Thanks only once the rating is stored; a refusal leaves the card as it was (the caller says why).
    onSubmit({ score, comment: comment.value.trim() || undefined }).then(
      () => replaceChildren(form, h('p', {}, t('csatThanks'))),
      () => undefined,
    );
  });
  return form;
}
