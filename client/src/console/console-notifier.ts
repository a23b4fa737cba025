// Tells an agent about a new or transferred chat: a short tone (unless muted), a "(n)" badge in the
// tab title while the tab is hidden, and a desktop notification when the browser allows it. The
// permission is asked only when the agent clicks the button; the mute choice is kept per browser.
import { h } from '../ui/create-element.ts';
import type { AdminTranslate } from './admin/admin-text.ts';

const MUTED_KEY = 'kefu:console:muted';

export interface ConsoleNotifier {
  element: HTMLElement;
  notify(kind: 'newChat' | 'transferredChat', detail: string): void;
}

export function createConsoleNotifier(t: AdminTranslate): ConsoleNotifier {
  const baseTitle = document.title;
  let unseen = 0;
  let audio: AudioContext | undefined;
  let isMuted = localStorage.getItem(MUTED_KEY) === '1';

  const mute = h('button', { type: 'button', 'data-action': 'mute', 'aria-pressed': String(isMuted) }, isMuted ? t('unmute') : t('mute'));
  mute.addEventListener('click', () => {
    isMuted = !isMuted;
    localStorage.setItem(MUTED_KEY, isMuted ? '1' : '0');
    mute.setAttribute('aria-pressed', String(isMuted));
    mute.textContent = isMuted ? t('unmute') : t('mute');
  });
  const canNotify = typeof Notification !== 'undefined';
  const allow = h('button', { type: 'button', 'data-action': 'notifications', hidden: !canNotify || Notification.permission !== 'default' }, t('enableNotifications'));
  allow.addEventListener('click', () => {
    void Notification.requestPermission().then(() => (allow.hidden = true));
  });

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) return;
    unseen = 0;
    document.title = baseTitle;
  });

  const beep = () => {
    audio ??= new AudioContext();
    // Browsers keep audio suspended until the page had a click; then the tone just does not play.
    void audio.resume().then(() => {
      const oscillator = audio!.createOscillator();
      const gain = audio!.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, audio!.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio!.currentTime + 0.35);
      oscillator.connect(gain).connect(audio!.destination);
      oscillator.start();
      oscillator.stop(audio!.currentTime + 0.35);
    });
  };

  return {
    element: h('span', { class: 'notifier' }, mute, allow),
    notify(kind, detail) {
      if (!isMuted) beep();
      if (!document.hidden) return;
      unseen += 1;
      document.title = `(${unseen}) ${baseTitle}`;
      if (canNotify && Notification.permission === 'granted') new Notification(t(kind), { body: detail, tag: `kefu-${kind}` });
    },
  };
}
