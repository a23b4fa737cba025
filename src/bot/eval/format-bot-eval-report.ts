// Turns one dataset's evaluation into the human-readable `kefu bot eval` report, with the
// published figures for the same dataset beside ours.
import type { IntentThresholds } from '../model/classify-intent.ts';
import type { IntentEvaluation } from './evaluate.ts';
import { PUBLISHED_ANCHORS } from './published-anchors.ts';

export type BotEvalResult = {
  dataset: string;
  inScopeAccuracy: number;
  oosRecall: number | null;
  confidentlyWrongRate: number;
  perLanguage: IntentEvaluation['perLanguage'];
  p50Ms: number;
  p99Ms: number;
  trainMs: number;
  /** Training examples. */
  examples: number;
  testExamples: number;
  thresholds: IntentThresholds;
  thresholdSource: string;
  backend: string;
  /** Which published table to print beside the result, if any. */
  anchors?: keyof typeof PUBLISHED_ANCHORS;
};

const percent = (share: number | null): string => (share === null ? '     -' : `${(share * 100).toFixed(1).padStart(5)} %`);
const row = (name: string, inScope: string, oos: string, wrong: string): string =>
  `  ${name.padEnd(24)}${inScope.padStart(10)}${oos.padStart(13)}${wrong.padStart(20)}`;

export function formatBotEvalReport(result: BotEvalResult): string[] {
  const lines = [
    `Intent model on ${result.dataset}: ${result.examples} training / ${result.testExamples} test examples, ` +
      `trained in ${(result.trainMs / 1000).toFixed(1)} s on ${result.backend}`,
    `Thresholds (${result.thresholdSource}): confidence >= ${result.thresholds.minConfidence.toFixed(2)}, ` +
      `top-1 margin >= ${result.thresholds.minMargin.toFixed(2)}`,
    row('', 'in-scope', 'OOS recall', 'confidently wrong'),
    row('Kefu (this run)', percent(result.inScopeAccuracy), percent(result.oosRecall), percent(result.confidentlyWrongRate)),
  ];
  for (const [language, metrics] of Object.entries(result.perLanguage)) {
    lines.push(row(`  ${language}`, percent(metrics.inScopeAccuracy), percent(metrics.oosRecall), percent(metrics.confidentlyWrongRate)));
  }
  for (const anchor of result.anchors ? PUBLISHED_ANCHORS[result.anchors] : []) {
    lines.push(row(anchor.model, percent(anchor.inScopeAccuracy / 100), percent(anchor.oosRecall === undefined ? null : anchor.oosRecall / 100), ''));
  }
  lines.push(`Latency of one predict(): p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms`);
  return lines;
}
