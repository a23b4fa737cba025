import { describe, expect, it } from 'vitest';
import { runBotEval } from './run-bot-eval.ts';

describe('runBotEval', () => {
  it('prints a report and ends with one JSON object for the shipped set', async () => {
    const lines: string[] = [];
    const [result] = await runBotEval({
      json: true,
      out: (line) => lines.push(line),
      trainingOverrides: { featurizer: { dims: 1024 }, hiddenUnits: 16, epochs: 3 },
    });
    expect(lines[0]).toMatch(/^Intent model on kefu-shipped: \d+ training \/ \d+ test examples/);
    expect(lines.some((line) => /^\s+zh\s+\d/.test(line))).toBe(true);
    const json = JSON.parse(lines.at(-1)!);
    expect(json).toEqual(result);
    expect(Object.keys(json)).toEqual(expect.arrayContaining([
      'dataset', 'inScopeAccuracy', 'oosRecall', 'confidentlyWrongRate', 'perLanguage', 'p50Ms', 'p99Ms', 'trainMs', 'examples',
    ]));
    expect(json.perLanguage.zh.inScopeCount).toBeGreaterThan(0);
  }, 60_000);
});
