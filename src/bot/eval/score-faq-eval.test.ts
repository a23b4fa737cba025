// The figures of `kefu bot eval --faq` on hand-made outcomes whose shares are known.
import { describe, expect, it } from 'vitest';
import type { FaqMessage } from './faq-set.ts';
import { isFailure, scoreFaqCases, scoreFaqEval, type FaqCase, type FaqOutcome } from './score-faq-eval.ts';

const msg = (language: 'zh' | 'en', expect: string | null): FaqMessage => ({ text: `${language} ${expect}`, language, expect, split: 'heldout' });
const at = (set: string, message: FaqMessage, outcome: FaqOutcome, ranked?: string[]): FaqCase => ({ set, message, outcome, ...(ranked ? { ranked } : {}) });

const cases: FaqCase[] = [
  at('a', msg('en', 'hours'), { type: 'KNOWLEDGE_ANSWER', key: 'hours' }, ['hours', 'price']), // right, ranked first
  at('a', msg('en', 'hours'), { type: 'SUGGESTIONS', keys: ['price', 'hours'] }, ['price', 'hours']), // right suggestion, ranked second
  at('a', msg('en', 'hours'), { type: 'KNOWLEDGE_ANSWER', key: 'price' }, ['price', 'map', 'faq', 'hours']), // wrong entry, ranked fourth
  at('a', msg('en', 'hours'), { type: 'INTENT_ANSWER', intent: 'business_hours' }), // shipped text: wrong
  at('a', msg('en', null), { type: 'DEFAULT_REPLY' }), // safe
  at('a', msg('en', null), { type: 'INTENT_ANSWER', intent: 'greeting' }), // not safe
  at('a', msg('en', null), { type: 'HANDOFF', reason: 'REQUESTED' }), // safe
  at('a', msg('en', null), { type: 'SUGGESTIONS', keys: ['price'] }), // safe
  at('b', msg('zh', 'price'), { type: 'DEFAULT_REPLY' }), // neither right nor wrong
  at('b', msg('zh', null), { type: 'KNOWLEDGE_ANSWER', key: 'price' }), // not safe
];

describe('scoreFaqCases', () => {
  it('computes every share from its own denominator', () => {
    expect(scoreFaqCases(cases.filter((c) => c.set === 'a'))).toEqual({
      inScope: 4,
      offTopic: 4,
      rightAnswer: 1 / 4,
      rightOrSuggested: 2 / 4,
      wrongAnswer: 2 / 4,
      rankedFirst: 1 / 4,
      rankedTop3: 2 / 4,
      offTopicSafe: 3 / 4,
      handoff: 1 / 8,
      defaultReply: 1 / 8,
    });
  });

  it('gives null, not 0, when a share has nothing to count', () => {
    const m = scoreFaqCases([at('a', msg('en', null), { type: 'DEFAULT_REPLY' })]);
    expect(m.rightAnswer).toBeNull();
    expect(m.wrongAnswer).toBeNull();
    expect(m.offTopicSafe).toBe(1);
    expect(scoreFaqCases([]).handoff).toBeNull();
  });

  it('splits by set and by language, and counts failures', () => {
    const score = scoreFaqEval(['a', 'b'], cases);
    expect(score.sets.map((s) => s.name)).toEqual(['a', 'b']);
    expect(Object.keys(score.sets[0]!.byLanguage)).toEqual(['en']);
    expect(score.sets[1]!.byLanguage.zh).toMatchObject({ inScope: 1, rightAnswer: 0, rightOrSuggested: 0, wrongAnswer: 0, offTopicSafe: 0 });
    expect(score.byLanguage.zh!.inScope).toBe(1);
    expect(score.all).toMatchObject({ inScope: 5, offTopic: 5, rightAnswer: 1 / 5, offTopicSafe: 3 / 5 });
    expect(cases.filter(isFailure)).toHaveLength(6);
  });
});
