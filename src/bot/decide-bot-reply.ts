// The cascade for one visitor message, as a pure decision: explicit request for a person →
// handoff; the workspace's knowledge entry for (nearly) the same question → its answer; confident
// intent with an answer → that answer; best knowledge-base match above the threshold → its answer; close matches → "did you mean" suggestions; else the default reply;
// and the fallback that would be the N-th in a row becomes a handoff instead.
import type { Config } from '../config.ts';
import { decideIntent } from './classify-intent.ts';
import type { BotResult } from './bot-result.ts';
import { detectLanguage } from './featurize.ts';
import type { LoadedBot } from './bot-runtime.ts';

export interface BotReply {
  body: string;
  result: BotResult;
  language: 'zh' | 'en';
}

const HUMAN_REQUEST = /人工|真人|客服人员|转接|(talk|speak|chat) (to|with) (a )?(human|person|agent|someone)|real (person|human)|human agent|^\s*(agent|human)\s*[.!?]*\s*$/i;
const HUMAN_AGENT_INTENT = 'human_agent';

const TEXT = {
  handoff: { zh: '好的，正在为您转接人工客服，请稍候。', en: 'Sure — connecting you with a person now. Please wait a moment.' },
  repeated: { zh: '抱歉没能帮到您，正在为您转接人工客服。', en: 'Sorry I could not help — connecting you with a person.' },
  suggestions: { zh: '您是想问以下问题吗？', en: 'Did you mean one of these?' },
  fallback: {
    zh: '抱歉，我没有完全理解。您可以换个说法，或输入“人工”联系客服。',
    en: 'Sorry, I did not quite get that. Try rephrasing, or type “agent” to reach a person.',
  },
} as const;

export function decideBotReply(
  bot: LoadedBot,
  text: string,
  context: { fallbacksInARow: number; defaultReply: string | null; settings: Config['bot'] },
): BotReply {
  const { settings } = context;
  const language = detectLanguage(text);
  const prediction = bot.model.predict(text);
  const handoff = (reason: 'REQUESTED' | 'REPEATED_FALLBACK', source: 'INTENT_MODEL' | 'RULE'): BotReply => ({
    body: TEXT[reason === 'REQUESTED' ? 'handoff' : 'repeated'][language],
    result: { type: 'HANDOFF', reason, confidence: reason === 'REQUESTED' && source === 'INTENT_MODEL' ? prediction.confidence : 1, source },
    language,
  });

  if (HUMAN_REQUEST.test(text)) return handoff('REQUESTED', 'RULE');
  const decision = decideIntent(prediction, { minConfidence: settings.minIntentConfidence, minMargin: settings.minIntentMargin });
  if (decision.isInScope && decision.intent === HUMAN_AGENT_INTENT) return handoff('REQUESTED', 'INTENT_MODEL');
  const matches = bot.knowledge.search(text, { limit: settings.maxSuggestions });
  const best = matches[0];
  const knowledgeAnswer = (): BotReply => ({
    body: best!.answer,
    result: { type: 'KNOWLEDGE_ANSWER', knowledgeEntryId: best!.id, question: best!.question, confidence: best!.normalizedScore, source: 'KNOWLEDGE_BASE' },
    language,
  });
  // The workspace's own FAQ entry for (nearly) this very question beats a generic intent answer.
  if (best && best.normalizedScore >= settings.knowledgeOverrideThreshold) return knowledgeAnswer();
  const answer = decision.isInScope ? bot.answers[decision.intent]?.[language] : null;
  if (decision.isInScope && answer) {
    return { body: answer, result: { type: 'INTENT_ANSWER', intent: decision.intent, confidence: prediction.confidence, source: 'INTENT_MODEL' }, language };
  }
  if (best && best.normalizedScore >= settings.knowledgeAnswerThreshold) return knowledgeAnswer();
  if (context.fallbacksInARow + 1 >= settings.fallbacksBeforeHandoff) return handoff('REPEATED_FALLBACK', 'RULE');
  const suggestions = matches.filter((m) => m.normalizedScore >= settings.suggestionThreshold);
  if (suggestions.length > 0) {
    return {
      body: [TEXT.suggestions[language], ...suggestions.map((s, i) => `${i + 1}. ${s.question}`)].join('\n'),
      result: {
        type: 'SUGGESTIONS',
        suggestions: suggestions.map((s) => ({ knowledgeEntryId: s.id, question: s.question, score: s.normalizedScore })),
        confidence: suggestions[0]!.normalizedScore,
        source: 'KNOWLEDGE_BASE',
      },
      language,
    };
  }
  return { body: context.defaultReply ?? TEXT.fallback[language], result: { type: 'DEFAULT_REPLY', confidence: prediction.confidence, source: 'WORKSPACE_DEFAULT' }, language };
}
