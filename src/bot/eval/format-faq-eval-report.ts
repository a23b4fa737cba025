// The human-readable table of `kefu bot eval --faq`: one row per set and language, the
// languages across sets, and everything; with --verbose, every failure.
import type { FaqMetrics, FaqScore } from './score-faq-eval.ts';

export interface FaqFailure {
  set: string;
  language: string;
  split: string;
  text: string;
  expect: string | null;
  got: string;
}

export interface FaqEvalReport extends FaqScore {
  /** Per set, with the share of entries whose own question the bot answers with that entry (a sanity check). */
  sets: (FaqScore['sets'][number] & { verbatimRight: number })[];
  dataset: 'faq';
  split: 'tune' | 'heldout' | 'all';
  files: string[];
  entries: number;
  messages: number;
  /** Latency of one botPreview request (HTTP round trip on this machine). */
  p50Ms: number;
  p99Ms: number;
  failureCount: number;
  /** Only with --verbose. */
  failures?: FaqFailure[];
  /** Only with --verbose: entries whose own question the bot does not answer with them. */
  entryMisses?: FaqFailure[];
}

const percent = (share: number | null): string => (share === null ? '-' : `${(share * 100).toFixed(1)} %`);

const HEADER = ['', 'in-scope', 'right', 'right+sugg', 'wrong', 'off-topic', 'safe', 'handoff', 'default', '1st', 'top 3'];
const WIDTHS = [28, 9, 9, 11, 9, 10, 9, 9, 9, 9, 9];
const line = (cells: string[]): string => '  ' + cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i]!) : cell.padStart(WIDTHS[i]!))).join('');
const row = (label: string, m: FaqMetrics): string =>
  line([label, String(m.inScope), percent(m.rightAnswer), percent(m.rightOrSuggested), percent(m.wrongAnswer), String(m.offTopic), percent(m.offTopicSafe), percent(m.handoff), percent(m.defaultReply), percent(m.rankedFirst), percent(m.rankedTop3)]);

export function formatFaqEvalReport(report: FaqEvalReport): string[] {
  const lines = [
    `FAQ eval through botPreview (split: ${report.split}): ${report.sets.length} set(s), ${report.entries} entries, ${report.messages} messages`,
    line(HEADER),
  ];
  for (const set of report.sets) {
    for (const [language, metrics] of Object.entries(set.byLanguage)) lines.push(row(`${set.name} ${language}`, metrics));
    if (Object.keys(set.byLanguage).length > 1) lines.push(row(`${set.name} all`, set.all));
  }
  if (report.sets.length > 1) {
    for (const [language, metrics] of Object.entries(report.byLanguage)) lines.push(row(`all sets ${language}`, metrics));
    lines.push(row('all sets all', report.all));
  }
  lines.push(
    'right = answered with the expected entry; right+sugg = that, or offered it as a suggestion; wrong = answered with another',
    'entry or with a shipped intent answer; safe = off-topic message not answered (suggestions, default reply, handoff are safe);',
    '1st, top 3 = the expected entry ranked first / among the best three by the matcher, whatever the bot then decided.',
    `Entries answered for their own question (a sanity check): ${report.sets.map((s) => `${s.name} ${percent(s.verbatimRight)}`).join(', ')}`,
    `botPreview latency: p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms; ${report.failureCount} failure(s)${report.failures ? ':' : ' (list them with --verbose)'}`,
  );
  for (const f of [...(report.entryMisses ?? []), ...(report.failures ?? [])]) {
    lines.push(`  [${f.set} ${f.language} ${f.split}] ${JSON.stringify(f.text)} expected ${f.expect ?? 'no answer'}, got ${f.got}`);
  }
  return lines;
}
