import { describe, expect, it } from 'vitest';
import { normalizeForMatching, stemWord, toSimplifiedChinese } from './normalize-for-matching.ts';

describe('normalizeForMatching', () => {
  it('converts Traditional to Simplified Chinese and leaves other text alone', () => {
    expect(toSimplifiedChinese('請問退貨運費誰付？')).toBe('请问退货运费谁付？');
    expect(toSimplifiedChinese('Where is my parcel?')).toBe('Where is my parcel?');
  });

  it('folds shop synonyms in both languages to one term', () => {
    expect(normalizeForMatching('物流到哪了')).toBe(normalizeForMatching('快递到哪了'));
    expect(normalizeForMatching('退錢')).toBe('退款');
    expect(normalizeForMatching('I want my money back')).toBe('i want my refund');
    expect(stemWord('delivery')).toBe(stemWord('shipping'));
    expect(stemWord('postage')).toBe(stemWord('shipped'));
    expect(stemWord('reimbursement')).toBe(stemWord('refunds'));
  });
});
