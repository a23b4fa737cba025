// Tokenisation shared by indexing and querying: Chinese/Japanese/Korean runs become overlapping
// character bigrams (a lone character stays a unigram), other text becomes lower-cased words.
// Stored space-separated in Message.searchText, so SQLite FTS5 (unicode61), PostgreSQL
// to_tsvector('simple') and MySQL/MariaDB InnoDB FULLTEXT index it without a word segmenter.
// The stored text also lists each CJK character once on its own after the bigrams, so a query
// of one character (a surname, 退) finds it anywhere, not only where it stands alone.

/** Scripts written without spaces between words, as a regex character-class body. */
export const CJK_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
const SEGMENT = new RegExp(`[${CJK_SCRIPTS}]+|[\\p{L}\\p{N}]+`, 'gu');

/** Groups of tokens: one group per CJK run (its bigrams, in order) or per word. */
export function tokenizeForSearch(text: string): string[][] {
  const groups: string[][] = [];
  for (const segment of text.normalize('NFKC').toLowerCase().match(SEGMENT) ?? []) {
    if (!CJK.test(segment)) {
      groups.push([segment]);
      continue;
    }
    const chars = [...segment];
    groups.push(chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c));
  }
  return groups;
}

/** Message.searchText of a body: its tokens in order, then its CJK characters as unigrams. */
export function toSearchText(body: string): string {
  return withCjkUnigrams(
    tokenizeForSearch(body)
      .map((g) => g.join(' '))
      .join(' '),
  );
}

/**
 * Appends the unigram of every CJK character in the bigrams that is not a token already. Every
 * character of a run is in one of its bigrams, so this turns a searchText stored before the
 * unigrams (storage/data-migrations.ts) into the current one; applied twice it changes nothing.
 */
export function withCjkUnigrams(searchText: string): string {
  // Most messages on the send path have no CJK at all.
  if (!CJK.test(searchText)) return searchText;
  const tokens = searchText.split(' ');
  const present = new Set(tokens);
  const unigrams: string[] = [];
  for (const token of tokens) {
    if (!CJK.test(token)) continue;
    for (const char of token) {
      if (present.has(char)) continue;
      present.add(char);
      unigrams.push(char);
    }
  }
  return unigrams.length === 0 ? searchText : `${searchText} ${unigrams.join(' ')}`;
}

/** FTS5 MATCH expression: each group is a phrase, all groups must match. */
export function toSqliteMatch(query: string): string | null {
  const groups = tokenizeForSearch(query);
  if (groups.length === 0) return null;
  return groups.map((g) => `"${g.join(' ')}"`).join(' AND ');
}

/** to_tsquery('simple', …) expression: each group's tokens adjacent (<->), groups joined by &. */
export function toPostgresTsquery(query: string): string | null {
  const groups = tokenizeForSearch(query);
  if (groups.length === 0) return null;
  return groups.map((g) => `(${g.map((t) => `'${t}'`).join(' <-> ')})`).join(' & ');
}

/** What MySQL's index sees of each token: searchText with this suffix (prisma/migrations/mysql, message_search). */
const MYSQL_TOKEN_SUFFIX = '__';

/** MATCH … AGAINST (… IN BOOLEAN MODE) expression: each group a required phrase of suffixed tokens. */
export function toMysqlBooleanQuery(query: string): string | null {
  const groups = tokenizeForSearch(query);
  if (groups.length === 0) return null;
  return groups.map((g) => `+"${g.map((t) => t + MYSQL_TOKEN_SUFFIX).join(' ')}"`).join(' ');
}
