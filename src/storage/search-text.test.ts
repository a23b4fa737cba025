import { describe, expect, it } from 'vitest';
import { toMysqlBooleanQuery, toPostgresTsquery, toSearchText, toSqliteMatch, tokenizeForSearch, withCjkUnigrams } from './search-text.ts';

describe('search text', () => {
  it('splits Chinese runs into bigrams and keeps words whole', () => {
    expect(tokenizeForSearch('我要退款 Refund order #42')).toEqual([['我要', '要退', '退款'], ['refund'], ['order'], ['42']]);
  });

  it('keeps a single Chinese character as a unigram', () => {
    expect(toSearchText('好')).toBe('好');
  });

  it('stores every Chinese character once as a unigram after the bigrams, so one character finds it', () => {
    expect(toSearchText('我要退款，退 Refund')).toBe('我要 要退 退款 退 refund 我 要 款');
    expect(toSqliteMatch('款')).toBe('"款"');
    expect(toSearchText('Refund 42')).toBe('refund 42');
  });

  it('upgrades a searchText stored without unigrams to the current one, and changes it only once', () => {
    const stored = '我要 要退 退款 退 refund';
    expect(withCjkUnigrams(stored)).toBe(toSearchText('我要退款，退 Refund'));
    expect(withCjkUnigrams(withCjkUnigrams(stored))).toBe(withCjkUnigrams(stored));
    expect(withCjkUnigrams('')).toBe('');
  });

  it('builds phrase queries for every database', () => {
    expect(toSqliteMatch('退款 order')).toBe('"退款" AND "order"');
    expect(toPostgresTsquery('退款申请')).toBe("('退款' <-> '款申' <-> '申请')");
    expect(toMysqlBooleanQuery('退款申请 to')).toBe('+"退款__ 款申__ 申请__" +"to__"');
  });

  it('returns null for a query with no searchable characters', () => {
    expect(toSqliteMatch('  !!? ')).toBeNull();
    expect(toPostgresTsquery('"\'')).toBeNull();
    expect(toMysqlBooleanQuery('+-*')).toBeNull();
  });
});
