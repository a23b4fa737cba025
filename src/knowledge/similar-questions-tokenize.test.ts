import { describe, expect, it } from 'vitest';
import { tokenizeForSearch } from './similar-questions-tokenize.ts';

describe('tokenizeForSearch', () => {
  it('splits CJK runs into unigrams and bigrams and keeps latin words whole', () => {
    expect(tokenizeForSearch('退款多久 VAT发票')).toEqual(['退', '款', '多', '久', '退款', '款多', '多久', '发', '票', '发票', 'vat', '增', '值', '税', '增值', '值税']);
    expect(tokenizeForSearch('Cancel ORDER 123')).toEqual(['cancel', 'order', '123']);
  });

  it('gives an English word in Chinese text the Chinese term a zh entry uses, and English text none', () => {
    expect(tokenizeForSearch('有 parking 吗')).toEqual(['park', '停', '车', '停车']);
    expect(tokenizeForSearch('parking')).toEqual(['park']);
  });

  it('folds general service wording to one term: deliver/ship, call off/cancel, where is my order/track', () => {
    expect(tokenizeForSearch('Do you deliver to Singapore?')).toEqual(tokenizeForSearch('shipping to singapore'));
    expect(tokenizeForSearch('can I call off the purchase')).toEqual(['cancel', 'order']);
    expect(tokenizeForSearch('Where is my parcel?')).toEqual(['track', 'order']);
    expect(tokenizeForSearch('登陆不上账户')).toEqual(tokenizeForSearch('登录不上账号'));
  });

  it('drops function words and CJK function characters, but keeps the bigrams they are part of', () => {
    expect(tokenizeForSearch('What is your address?')).toEqual(['address']);
    expect(tokenizeForSearch('我的订单')).toEqual(['订', '单', '我的', '的订', '订单']);
    expect(tokenizeForSearch('请问怎么退款')).toEqual(['问', '怎', '退', '款', '问怎', '么退', '退款']);
  });

  it('drops chat replies such as yes and ok, which name no topic', () => {
    for (const reply of ['yes', 'Yes.', 'OK!', 'okay', 'no', 'yeah', 'yep', 'nope']) expect(tokenizeForSearch(reply)).toEqual([]);
    expect(tokenizeForSearch('Is it OK to drink tea?')).toEqual(['drink', 'tea']);
  });
});
