// The reply box: reply or internal note (Alt+N), canned replies after "/" (arrows + Enter), Enter
// to send through the SDK outbox, and typing events throttled to one every few seconds.
import type { KefuClient } from '../create-kefu-client.ts';
import { ConsoleCannedRepliesDocument, ChatSetTypingDocument } from '../generated/graphql.ts';
import { h, replaceChildren } from '../ui/create-element.ts';
import { acceptPastedAndDroppedFiles, createFilePicker } from '../ui/file-sources.ts';
import type { ConsoleTranslate } from './console-text.ts';

export interface ConsoleComposer {
  element: HTMLElement;
  setConversation(id: string | undefined): void;
  toggleNote(): void;
  insert(text: string): void;
  focus(): void;
}

const TYPING_REFRESH_MS = 3_000;

/** `onSent`: a message went through, so an error shown for an earlier one (a refused file) gives way. */
export function createConsoleComposer(deps: { client: KefuClient; t: ConsoleTranslate; onError(error: unknown): void; onSent(): void }): ConsoleComposer {
  const { t, client } = deps;
  let conversationId: string | undefined;
  let isNote = false;
  let canned: { shortcut: string; body: string }[] = [];
  let cannedIndex = 0;
  let lastTypingAt = 0;

  const textarea = h('textarea', { 'aria-label': t('reply'), placeholder: t('replyPlaceholder') });
  const modeReply = h('button', { type: 'button', 'data-mode': 'reply', onclick: () => setNote(false) }, t('reply'));
  const modeNote = h('button', { type: 'button', 'data-mode': 'note', onclick: () => setNote(true) }, t('note'));
  const popup = h('div', { class: 'canned', role: 'listbox', hidden: true });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, t('send'));
  const uploadStatus = h('span', { class: 'upload-status', role: 'status' });
  /** A send the server refused (too large, closed conversation…): its text goes back into the box, not lost. */
  const refused = (forConversation: string, body: string) => (error: unknown) => {
    if (conversationId === forConversation && !textarea.value) textarea.value = body;
    deps.onError(error);
  };
  // Files go up first, then one message (reply or note) carries them with whatever text was typed.
  const sendFiles = async (files: File[]) => {
    const id = conversationId;
    if (!id) return;
    try {
      const attachmentIds: string[] = [];
      for (const file of files) {
        uploadStatus.textContent = t('uploading', { name: file.name || 'image' });
        attachmentIds.push((await client.uploadAttachment(id, file, file.name || 'image.png')).id);
      }
      const body = textarea.value.trim();
      textarea.value = '';
      await client.sendMessage({ conversationId: id, body, internal: isNote, attachmentIds }).then(deps.onSent, refused(id, body));
    } catch (error) {
      deps.onError(error);
    } finally {
      uploadStatus.textContent = '';
    }
  };
  const picker = createFilePicker(t('attach'), (files) => void sendFiles(files));
  const form = h(
    'form',
    { class: 'composer' },
    popup,
    h('div', { class: 'row' }, modeReply, modeNote, picker.button, picker.input, uploadStatus),
    textarea,
    h('div', { class: 'row', style: 'justify-content:flex-end;margin:6px 0 0' }, sendButton),
  );
  acceptPastedAndDroppedFiles({ paste: textarea, drop: form }, (files) => void sendFiles(files));

  const setNote = (value: boolean) => {
    isNote = value;
    form.classList.toggle('note', isNote);
    modeReply.className = isNote ? '' : 'primary';
    modeNote.className = isNote ? 'primary' : '';
    textarea.placeholder = isNote ? t('notePlaceholder') : t('replyPlaceholder');
  };
  setNote(false);

  const renderCanned = () => {
    popup.hidden = canned.length === 0;
    replaceChildren(popup, ...canned.map((reply, i) => h('button', { type: 'button', role: 'option', 'aria-selected': String(i === cannedIndex), onclick: () => pickCanned(i) }, h('strong', {}, `/${reply.shortcut} `), reply.body)));
  };
  const pickCanned = (i: number) => {
    const reply = canned[i];
    if (!reply) return;
    textarea.value = reply.body;
    canned = [];
    renderCanned();
    textarea.focus();
  };
  const searchCanned = async () => {
    const match = /^\/(\S*)$/.exec(textarea.value);
    if (!match) {
      canned = [];
      return renderCanned();
    }
    const { cannedReplies } = await client.request(ConsoleCannedRepliesDocument, { search: match[1] });
    canned = cannedReplies;
    cannedIndex = 0;
    renderCanned();
  };

  const send = () => {
    const body = textarea.value.trim();
    if (!body || !conversationId || canned.length > 0) return;
    textarea.value = '';
    lastTypingAt = 0;
    void client.request(ChatSetTypingDocument, { input: { conversationId, isTyping: false, isInternal: isNote } }).catch(() => {});
    client.sendMessage({ conversationId, body, internal: isNote }).then(deps.onSent, refused(conversationId, body));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  textarea.addEventListener('input', () => {
    void searchCanned().catch(deps.onError);
    if (conversationId && Date.now() - lastTypingAt > TYPING_REFRESH_MS) {
      lastTypingAt = Date.now();
      void client.request(ChatSetTypingDocument, { input: { conversationId, isTyping: true, isInternal: isNote } }).catch(() => {});
    }
  });
  textarea.addEventListener('keydown', (event) => {
    if (canned.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      cannedIndex = (cannedIndex + (event.key === 'ArrowDown' ? 1 : canned.length - 1)) % canned.length;
      return renderCanned();
    }
    if (canned.length > 0 && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      return pickCanned(cannedIndex);
    }
    if (event.key === 'Escape' && canned.length > 0) {
      canned = [];
      return renderCanned();
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });

  return {
    element: form,
    setConversation(id) {
      conversationId = id;
      form.hidden = !id;
      setNote(false);
    },
    toggleNote: () => setNote(!isNote),
    insert(text) {
      textarea.value = text;
      textarea.focus();
    },
    focus: () => textarea.focus(),
  };
}
