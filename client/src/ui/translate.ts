// Words in Chinese and English for the widget and the console: the browser locale picks one.

export type Locale = 'zh' | 'en';

/** A table of words: key → { zh, en }. */
export type TextTable = Record<string, Record<Locale, string>>;

/** zh for any `zh-*` tag, en for everything else. */
export function pickLocale(preferred: string | undefined, browser: readonly string[]): Locale {
  const tag = preferred || browser[0] || 'en';
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `t('queue', { n: 2, m: 3 })` fills `{n}` and `{m}` from `table`'s words in `locale`. */
export function createTranslator<T extends TextTable>(locale: Locale, table: T) {
  return (key: keyof T, values: Record<string, string | number> = {}) =>
    table[key]![locale].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
