import { describe, expect, it } from 'vitest';
import { tokenizeForSearch } from './similar-questions-tokenize.ts';

describe('tokenizeForSearch', () => {
  it('splits CJK runs into unigrams and bigrams and keeps latin words whole', () => {
    expect(tokenizeForSearch('退款多久 VAT发票')).toEqual(['退', '款', '多', '久', '退款', '款多', '多久', '发', '票', '发票', 'vat']);
    expect(tokenizeForSearch('Cancel ORDER 123')).toEqual(['cancel', 'order', '123']);
  });

  it('drops function words and CJK function characters, but keeps the bigrams they are part of', () => {
    expect(tokenizeForSearch('Where is my order?')).toEqual(['order']);
    expect(tokenizeForSearch('我的订单')).toEqual(['订', '单', '我的', '的订', '订单']);
  });
});
