// Message text with its web addresses as links, built as DOM nodes (never innerHTML): only http(s)
// and www. addresses become links, so a `javascript:` text stays text, and each link opens in a
// new tab without giving that tab a handle on this page (rel="noopener noreferrer").
import { h } from './create-element.ts';

// Stops at whitespace and at characters that rarely end a URL in prose (closing punctuation is trimmed below).
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'\u3000-\u303f\uff00-\uffef]+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

/** The href for a matched address, or null when it is not a safe http(s) URL. */
export function safeHref(match: string): string | null {
  try {
    const url = new URL(match.startsWith('www.') ? `https://${match}` : match);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const found of text.matchAll(URL_PATTERN)) {
    const raw = found[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href || raw === '') continue;
    const start = found.index!;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, raw));
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
