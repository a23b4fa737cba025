// Settings › Workspace: the widget key and embed line, routing (queue wait, offline reply), business
// hours (one line per day: "1 09:00-18:00", Monday = 1 … Sunday = 7) and the bot's switches.
import type { KefuClient } from '../../create-kefu-client.ts';
import { ConsoleSetBusinessHoursDocument, ConsoleUpdateBotSettingsDocument, ConsoleUpdateRoutingSettingsDocument, ConsoleWorkspaceSettingsDocument } from '../../generated/graphql.ts';
import { h, replaceChildren } from '../../ui/create-element.ts';
import type { AdminTranslate } from './admin-text.ts';
import { field } from './form-field.ts';

/** "1 09:00-18:00" lines → intervals; a malformed line is reported, not dropped. */
export function parseHours(text: string): { intervals: { day: number; open: string; close: string }[]; badLine?: string } {
  const intervals = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = /^([1-7])\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(line);
    if (!match) return { intervals: [], badLine: line };
    intervals.push({ day: Number(match[1]), open: match[2]!, close: match[3]! });
  }
  return { intervals };
}

export function createWorkspaceSettings(deps: { client: KefuClient; t: AdminTranslate; onError(error: unknown): void; onSaved(): void }): { element: HTMLElement; load(): void } {
  const { client, t } = deps;
  const info = h('dl', { class: 'info' });
  const maxWait = h('input', { type: 'number', name: 'max-wait', min: 0, max: 86400 });
  const offlineReply = h('textarea', { name: 'offline-reply', rows: 2, maxlength: 2000 });
  const routing = h('form', { class: 'stack', 'data-form': 'routing' }, h('h4', {}, t('routing')), field(t('maxWait'), maxWait), field(t('offlineReply'), offlineReply), h('button', { type: 'submit', class: 'primary' }, t('save')));
  routing.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = { maxQueueWaitSeconds: maxWait.value ? Number(maxWait.value) : null, offlineReply: offlineReply.value || null };
    client.request(ConsoleUpdateRoutingSettingsDocument, { input }).then(deps.onSaved, deps.onError);
  });

  // An empty time zone is this browser's (the placeholder shows which).
  const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timezone = h('input', { name: 'timezone', placeholder: browserTimeZone });
  const hours = h('textarea', { name: 'hours', rows: 5, placeholder: '1 09:00-18:00' });
  const outOfHours = h('textarea', { name: 'out-of-hours', rows: 2 });
  const hoursError = h('p', { class: 'error', role: 'alert' });
  const businessHours = h('form', { class: 'stack', 'data-form': 'hours' }, h('h4', {}, t('businessHours')), field(t('timezone'), timezone), field(t('hoursHelp'), hours), field(t('outOfHoursReply'), outOfHours), hoursError, h('button', { type: 'submit', class: 'primary' }, t('save')));
  businessHours.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseHours(hours.value);
    hoursError.textContent = parsed.badLine ? t('badHoursLine', { line: parsed.badLine }) : '';
    if (parsed.badLine) return;
    // No lines: no business hours (always open). The API reads an empty list with a time zone as closed all week.
    const input = parsed.intervals.length === 0 ? {} : { timezone: timezone.value.trim() || browserTimeZone, intervals: parsed.intervals, outOfHoursReply: outOfHours.value || undefined };
    client.request(ConsoleSetBusinessHoursDocument, { input }).then(() => {
      if (parsed.intervals.length === 0) timezone.value = outOfHours.value = '';
      deps.onSaved();
    }, deps.onError);
  });

  const botEnabled = h('input', { type: 'checkbox', name: 'bot-enabled' });
  const defaultReplyZh = h('textarea', { name: 'default-reply-zh', rows: 2 });
  const defaultReplyEn = h('textarea', { name: 'default-reply-en', rows: 2 });
  const fallbacks = h('input', { type: 'number', name: 'fallbacks', min: 1, max: 10, required: true });
  const bot = h('form', { class: 'stack', 'data-form': 'bot' }, h('h4', {}, t('bot')), field(t('botEnabled'), botEnabled), field(t('defaultReplyZh'), defaultReplyZh), field(t('defaultReplyEn'), defaultReplyEn), field(t('fallbacks'), fallbacks), h('button', { type: 'submit', class: 'primary' }, t('save')));
  bot.addEventListener('submit', (event) => {
    event.preventDefault();
    // One reply per language; the API's defaultReply (for both) is folded into them when shown, so it is cleared here.
    const input = { enabled: botEnabled.checked, defaultReplyZh: defaultReplyZh.value.trim() || null, defaultReplyEn: defaultReplyEn.value.trim() || null, defaultReply: null, fallbacksBeforeHandoff: Number(fallbacks.value) };
    client.request(ConsoleUpdateBotSettingsDocument, { input }).then(deps.onSaved, deps.onError);
  });

  function load() {
    client.request(ConsoleWorkspaceSettingsDocument, {}).then(({ workspace: w, botSettings: b }) => {
      const snippet = `<script src="${location.origin}/widget.js" data-workspace="${w.widgetKey}" async></script>`;
      replaceChildren(info, h('dt', {}, t('name')), h('dd', {}, w.name), h('dt', {}, t('widgetKey')), h('dd', {}, h('code', {}, w.widgetKey)), h('dt', {}, t('embed')), h('dd', {}, h('code', {}, snippet)));
      maxWait.value = w.maxQueueWaitSeconds === null || w.maxQueueWaitSeconds === undefined ? '' : String(w.maxQueueWaitSeconds);
      offlineReply.value = w.offlineReply ?? '';
      timezone.value = w.businessHours?.timezone ?? '';
      hours.value = (w.businessHours?.intervals ?? []).map((i) => `${i.day} ${i.open}-${i.close}`).join('\n');
      outOfHours.value = w.businessHours?.outOfHoursReply ?? '';
      botEnabled.checked = b.enabled;
      defaultReplyZh.value = b.defaultReplyZh ?? b.defaultReply ?? '';
      defaultReplyEn.value = b.defaultReplyEn ?? b.defaultReply ?? '';
      fallbacks.value = String(b.fallbacksBeforeHandoff);
    }, deps.onError);
  }
  const element = h('section', { class: 'settings-section', 'aria-labelledby': 'ws-title' }, h('h3', { id: 'ws-title' }, t('workspace')), info, routing, businessHours, bot);
  return { element, load };
}
