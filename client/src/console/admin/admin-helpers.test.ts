import { describe, expect, it } from 'vitest';
import { formatDuration } from './reports-page.ts';
import { parseFaqRows } from './settings-knowledge.ts';
import { parseHours } from './settings-workspace.ts';

describe('console admin helpers', () => {
  it('reads business hours one weekday a line, Monday = 1, and names the first line it cannot read', () => {
    expect(parseHours('1 09:00-18:00\n\n 7 10:00 - 16:00 ')).toEqual({ intervals: [{ day: 1, open: '09:00', close: '18:00' }, { day: 7, open: '10:00', close: '16:00' }] });
    expect(parseHours('1 09:00-18:00\n0 09:00-18:00')).toEqual({ intervals: [], badLine: '0 09:00-18:00' });
    expect(parseHours('mon 9-5')).toEqual({ intervals: [], badLine: 'mon 9-5' });
  });

  it('reads FAQ rows pasted from a spreadsheet: header skipped, language given or guessed, wordings split on |, the first bad row named', () => {
    const pasted = 'Question\tAnswer\tLanguage\tOther wordings\n退货政策是什么？\t签收后 15 天内。\t\t可以退货吗 | 怎么退货\r\n\nDo you ship abroad?\tTo Singapore.\tEN\n';
    expect(parseFaqRows(pasted)).toEqual({
      entries: [
        { question: '退货政策是什么？', answer: '签收后 15 天内。', language: 'zh', alternates: ['可以退货吗', '怎么退货'] },
        { question: 'Do you ship abroad?', answer: 'To Singapore.', language: 'en', alternates: [] },
      ],
      rows: [2, 4],
    });
    expect(parseFaqRows('Hours?\tTen to ten.\nNo answer here\nPets?\tYes.').badRow).toBe(2);
    expect(parseFaqRows('Hours?\tTen to ten.\tfr').badRow).toBe(1);
    expect(parseFaqRows('')).toEqual({ entries: [], rows: [] });
  });

  it('keeps a multi-line or quoted cell copied from a spreadsheet whole, and reads CSV text', () => {
    // What Google Sheets and Excel put on the clipboard for a cell with line breaks or quotes.
    const pasted = 'How do returns work?\t"Within 15 days:\n1. Open the order\n2. Click ""Return"""\ten\nPets?\tYes.';
    expect(parseFaqRows(pasted)).toEqual({
      entries: [
        { question: 'How do returns work?', answer: 'Within 15 days:\n1. Open the order\n2. Click "Return"', language: 'en', alternates: [] },
        { question: 'Pets?', answer: 'Yes.', language: 'en', alternates: [] },
      ],
      rows: [1, 2],
    });
    const csv = 'question,answer,language,alternates\r\n退货政策是什么？,"签收后 15 天内，商品完好即可。",zh,可以退货吗|怎么退货\r\n"Do you ship abroad, too?",To Singapore.,,\r\n';
    expect(parseFaqRows(csv)).toEqual({
      entries: [
        { question: '退货政策是什么？', answer: '签收后 15 天内，商品完好即可。', language: 'zh', alternates: ['可以退货吗', '怎么退货'] },
        { question: 'Do you ship abroad, too?', answer: 'To Singapore.', language: 'en', alternates: [] },
      ],
      rows: [2, 3],
    });
    // A quote that never closes is text as typed.
    expect(parseFaqRows('"Free shipping?\tOver 99 yuan.').entries).toEqual([{ question: '"Free shipping?', answer: 'Over 99 yuan.', language: 'en', alternates: [] }]);
  });

  it('writes durations as seconds, minutes or hours and minutes, and a dash when nothing was measured', () => {
    expect([formatDuration(null), formatDuration(42.4), formatDuration(97.5), formatDuration(3600), formatDuration(3900)]).toEqual(['–', '42 s', '2 min', '1 h 00 min', '1 h 05 min']);
  });
});
