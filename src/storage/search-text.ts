// Tokenisation shared by indexing and querying: Chinese/Japanese/Korean runs become overlapping
// character bigrams (a lone character stays a unigram), other text becomes lower-cased words.
// Stored space-separated in Message.searchText, so SQLite FTS5 (unicode61), PostgreSQL
// to_tsvector('simple') and MySQL/MariaDB InnoDB FULLTEXT index it without a word segmenter.

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

export function toSearchText(body: string): string {
  return tokenizeForSearch(body)
    .map((g) => g.join(' '))
    .join(' ');
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
