import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBanking77, parseCsv } from './load-banking77.ts';
import { loadClinc150 } from './load-clinc150.ts';

// The public datasets are not part of the repo; these tests run where they are provided.
const CLINC150 = '/work/shared/data/clinc150/data_full.json';
const BANKING77 = '/work/shared/data/banking77';

describe.skipIf(!existsSync(CLINC150))(`loadClinc150 (needs ${CLINC150})`, () => {
  it('reads the Full split with oos mapped to out_of_scope', async () => {
    const dataset = await loadClinc150(CLINC150);
    expect([dataset.train.length, dataset.validation.length, dataset.test.length]).toEqual([15_100, 3_100, 5_500]);
    expect(new Set(dataset.train.map((item) => item.intent)).size).toBe(151);
    expect(dataset.test.filter((item) => item.intent === 'out_of_scope')).toHaveLength(1_000);
    expect(dataset.train.every((item) => item.language === 'en' && item.text.length > 0)).toBe(true);
  });
});

describe.skipIf(!existsSync(BANKING77))(`loadBanking77 (needs ${BANKING77})`, () => {
  it('reads 77 intents, 10,003 train and 3,080 test texts, including quoted ones', async () => {
    const dataset = await loadBanking77(BANKING77);
    expect([dataset.train.length, dataset.test.length]).toEqual([10_003, 3_080]);
    expect(new Set(dataset.train.map((item) => item.intent)).size).toBe(77);
    expect(dataset.train).toContainEqual({ text: 'How do I know if I will get my card, or if it is lost?', intent: 'card_arrival', language: 'en' });
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes, CRLF and a missing final newline', () => {
    expect(parseCsv('text,category\r\n"a, ""b""",x\nplain,y')).toEqual([['text', 'category'], ['a, "b"', 'x'], ['plain', 'y']]);
  });
});
