// The arithmetic of `kefu bot eval --faq`: what the bot decided for each labelled message,
// turned into right-answer / right-suggestion / wrong-answer / off-topic-safe shares per
// language, per set and overall. Pure, so the figures can be checked by hand.
import type { FaqMessage } from './faq-set.ts';

/** The bot's decision for one message, with knowledge entry ids already mapped back to keys. */
export type FaqOutcome =
  | { type: 'KNOWLEDGE_ANSWER'; key: string }
  | { type: 'INTENT_ANSWER'; intent: string }
  | { type: 'SUGGESTIONS'; keys: string[] }
  | { type: 'DEFAULT_REPLY' }
  | { type: 'SMALL_TALK'; intent: string }
  | { type: 'HANDOFF'; reason: string };

export interface FaqCase {
  set: string;
  message: FaqMessage;
  outcome: FaqOutcome;
  /** Entry keys as the matcher ranked them, best first (botPreview `entries`), whatever the bot decided. */
  ranked?: readonly string[];
}

/** Shares are 0–1, null when nothing was counted. */
export interface FaqMetrics {
  /** Messages with an expected entry. */
  inScope: number;
  /** Messages with expect = null. */
  offTopic: number;
  /** KNOWLEDGE_ANSWER with the expected entry, among in-scope messages. */
  rightAnswer: number | null;
  /** The right answer, or SUGGESTIONS that include the expected entry. */
  rightOrSuggested: number | null;
  /** KNOWLEDGE_ANSWER with another entry, or any INTENT_ANSWER (shipped text), among in-scope messages. */
  wrongAnswer: number | null;
  /** The expected entry ranked first by the matcher, among in-scope messages: the ceiling of `rightAnswer`. */
  rankedFirst: number | null;
  /** The expected entry among the matcher's best three. */
  rankedTop3: number | null;
  /** Off-topic messages not answered with an entry or an intent. */
  offTopicSafe: number | null;
  /** Among all messages, for information. */
  handoff: number | null;
  defaultReply: number | null;
}

export interface FaqSetScore {
  name: string;
  all: FaqMetrics;
  byLanguage: Partial<Record<FaqMessage['language'], FaqMetrics>>;
}

export interface FaqScore {
  sets: FaqSetScore[];
  byLanguage: Partial<Record<FaqMessage['language'], FaqMetrics>>;
  all: FaqMetrics;
}

const isAnswer = (outcome: FaqOutcome): boolean => outcome.type === 'KNOWLEDGE_ANSWER' || outcome.type === 'INTENT_ANSWER';

export function isRightAnswer(c: FaqCase): boolean {
  return c.message.expect !== null && c.outcome.type === 'KNOWLEDGE_ANSWER' && c.outcome.key === c.message.expect;
}

function isRightOrSuggested(c: FaqCase): boolean {
  return isRightAnswer(c) || (c.message.expect !== null && c.outcome.type === 'SUGGESTIONS' && c.outcome.keys.includes(c.message.expect));
}

/** A case the report lists as a failure: in-scope without the right answer, or off-topic answered. */
export function isFailure(c: FaqCase): boolean {
  return c.message.expect === null ? isAnswer(c.outcome) : !isRightAnswer(c);
}

export function scoreFaqCases(cases: readonly FaqCase[]): FaqMetrics {
  const inScope = cases.filter((c) => c.message.expect !== null);
  const offTopic = cases.filter((c) => c.message.expect === null);
  const share = (of: readonly FaqCase[], test: (c: FaqCase) => boolean): number | null => (of.length === 0 ? null : of.filter(test).length / of.length);
  return {
    inScope: inScope.length,
    offTopic: offTopic.length,
    rightAnswer: share(inScope, isRightAnswer),
    rightOrSuggested: share(inScope, isRightOrSuggested),
    wrongAnswer: share(inScope, (c) => isAnswer(c.outcome) && !isRightAnswer(c)),
    rankedFirst: share(inScope, (c) => c.ranked?.[0] === c.message.expect),
    rankedTop3: share(inScope, (c) => c.ranked?.slice(0, 3).includes(c.message.expect!) ?? false),
    offTopicSafe: share(offTopic, (c) => !isAnswer(c.outcome)),
    handoff: share(cases, (c) => c.outcome.type === 'HANDOFF'),
    defaultReply: share(cases, (c) => c.outcome.type === 'DEFAULT_REPLY'),
  };
}

function byLanguage(cases: readonly FaqCase[]): FaqSetScore['byLanguage'] {
  const out: FaqSetScore['byLanguage'] = {};
  for (const language of ['zh', 'en'] as const) {
    const own = cases.filter((c) => c.message.language === language);
    if (own.length > 0) out[language] = scoreFaqCases(own);
  }
  return out;
}

/** Scores every set (in the given order), every language across sets, and everything. */
export function scoreFaqEval(setNames: readonly string[], cases: readonly FaqCase[]): FaqScore {
  return {
    sets: setNames.map((name) => {
      const own = cases.filter((c) => c.set === name);
      return { name, all: scoreFaqCases(own), byLanguage: byLanguage(own) };
    }),
    byLanguage: byLanguage(cases),
    all: scoreFaqCases(cases),
  };
}
