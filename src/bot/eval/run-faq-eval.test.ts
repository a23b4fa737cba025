// `kefu bot eval --faq` end to end: a tiny set whose outcome is known goes through a real Kefu
// (workspace, saveKnowledgeEntry, botPreview), and a bad file exits 2 with a clear message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { BOT_MODEL_CACHE_DIR } from '../../testing/start-test-app.ts';
import { runFaqEval } from './run-faq-eval.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kefu-faq-eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TINY_SET = {
  name: 'Tiny bakery',
  entries: [
    { key: 'sourdough', language: 'en', question: 'Do you bake sourdough bread on Tuesdays?', answer: 'Yes, sourdough comes out of the oven at 7:30 every Tuesday.' },
    { key: 'sourdough', language: 'zh', question: '周二有酸面包吗？', answer: '有，每周二 7:30 出炉。' },
    { key: 'croissant', language: 'en', question: 'Are the croissants made with real butter?', answer: 'Yes, French butter only, no margarine.' },
    { key: 'croissant', language: 'zh', question: '可颂是用黄油做的吗？', answer: '是的，只用法国黄油。' },
  ],
  messages: [
    { text: 'Do you bake sourdough bread on Tuesdays?', language: 'en', expect: 'sourdough', split: 'tune' },
    { text: 'Are the croissants made with real butter?', language: 'en', expect: 'croissant', split: 'heldout' },
    { text: '可颂是用黄油做的吗？', language: 'zh', expect: 'croissant', split: 'heldout' },
    { text: 'xq zzv plorth wibble', language: 'en', expect: null, split: 'heldout' },
    { text: 'Do you bake sourdough bread on Tuesdays?', language: 'en', expect: 'croissant', split: 'tune' },
  ],
};

function kefu(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kefu.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kefu bot eval --faq', () => {
  it('scores a tiny set through the live cascade: verbatim questions answer right, nonsense is safe, a mislabelled message is wrong', async () => {
    const file = join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify(TINY_SET));
    const lines: string[] = [];
    const config = loadConfig({ overrides: { dataDir: join(dir, 'data'), bot: { modelCacheDir: BOT_MODEL_CACHE_DIR }, log: { level: 'silent' } } });
    const report = await runFaqEval({ files: [file], split: 'all', config, verbose: true, json: true, out: (line) => lines.push(line) });

    expect(report.messages).toBe(5);
    expect(report.sets[0]!.verbatimRight).toBe(1);
    expect(report.entryMisses).toEqual([]);
    expect(report.sets[0]!.byLanguage.en).toMatchObject({ inScope: 3, offTopic: 1, rightAnswer: 2 / 3, wrongAnswer: 1 / 3, offTopicSafe: 1 });
    expect(report.sets[0]!.byLanguage.zh).toMatchObject({ inScope: 1, rightAnswer: 1, wrongAnswer: 0 });
    expect(report.failures).toEqual([
      { set: 'tiny', language: 'en', split: 'tune', text: 'Do you bake sourdough bread on Tuesdays?', expect: 'croissant', got: 'entry sourdough' },
    ]);
    expect(JSON.parse(lines.at(-1)!)).toEqual(report);
    expect(lines).toContainEqual(expect.stringMatching(/^\s+tiny en\s+3\s+66\.7 %/));

    const heldout = await runFaqEval({ files: [file], split: 'heldout', config, verbose: false, json: false, out: () => {} });
    expect(heldout.messages).toBe(3);
    expect(heldout.failures).toBeUndefined();
    expect(heldout.entryMisses).toBeUndefined();
    expect(heldout.all).toMatchObject({ rightAnswer: 1, offTopicSafe: 1 });
  }, 180_000);

  it('exits 2 with the file and the problem on one line when the file is invalid', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...TINY_SET, messages: [{ text: 'hi', language: 'en', expect: 'bagels', split: 'tune' }] }));
    const { code, stderr, stdout } = kefu(['bot', 'eval', '--faq', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([`kefu: Invalid FAQ file ${file}: messages.0.expect: no entry has key "bagels"`]);
    expect(kefu(['bot', 'eval', '--faq', file, '--split', 'test']).stderr).toContain('--split must be tune, heldout or all');
  }, 60_000);
});
