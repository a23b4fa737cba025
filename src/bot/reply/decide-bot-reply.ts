// The cascade for one visitor message, as a pure decision. Order of authority: the workspace's
// own content first, shipped content only where the workspace enabled it.
//  1. The visitor asks for a person (not a look-alike or a negation) → handoff.
//  2. An entry's own question or alternate, word for word → its answer; else an entry that
//     clearly matches → its answer.
//  3. A confident intent → the best of the entries linked to it (suggestions when they are
//     close), else the intent's answer if the workspace enabled or wrote one.
//  4. A confident greeting, thanks or goodbye the workspace has no answer for, whose words name
//     none of its entries → a neutral reply in Kefu's own words (it says nothing about the
//     workspace), not counted as a fallback.
//  5. Otherwise close entries as "did you mean" suggestions, else the default reply; the
//     fallback that would be the N-th in a row hands off instead. An answer identical to the
//     bot's previous one counts as a fallback and is not sent again.
import { decideIntent } from '../model/classify-intent.ts';
import type { BotResult, SmallTalkIntent } from './bot-result.ts';
import type { LoadedBot } from '../bot-runtime.ts';
import { hasHandoffLookAlike, isHandoffRequest } from './detect-handoff-request.ts';
import { OUT_OF_SCOPE } from '../model/intent-model.ts';
import { chooseReplyLanguage } from './choose-reply-language.ts';
import type { EntryMatch } from '../matching/knowledge-matcher.ts';
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';

export interface BotReply {
  body: string;
  result: BotResult;
  language: 'zh' | 'en';
  /** The workspace's entries as the matcher ranked them for this message, best first (empty when the cascade stopped before ranking). */
  ranked: readonly EntryMatch[];
}

/** What the bot already said in this conversation. */
export type ConversationContext = {
  fallbacksInARow: number;
  /** Language of the conversation so far: the bot's last reply's, before that the visitor's locale (null: neither). */
  previousLanguage: 'zh' | 'en' | null;
  /** `entry:<id>` or `intent:<name>` of the bot's last reply when it was an answer. */
  lastAnswerKey: string | null;
};

export const NEW_CONVERSATION: ConversationContext = { fallbacksInARow: 0, previousLanguage: null, lastAnswerKey: null };

const HUMAN_AGENT_INTENT = 'human_agent';
/** The classifier alone hands off only when this sure (the rule catches the usual wordings). */
const HUMAN_AGENT_MIN_CONFIDENCE = 0.8;
/** A message the classifier is this sure is off-topic gets an entry only on a strong lexical match. */
const OUT_OF_SCOPE_GUARD = 0.5;
/** Entry-model probability at which the best entry answers even when close to the next one (tuned on the tune split). */
const ENTRY_MODEL_AGREEMENT = 0.7;
/** TF-IDF cosine at which a message is one of an entry's phrasings, word for word. */
const EXACT_PHRASING = 0.999;

const TEXT = {
  handoff: { zh: '好的，正在为您转接人工客服，请稍候。', en: 'Sure — connecting you with a person now. Please wait a moment.' },
  repeated: { zh: '抱歉没能帮到您，正在为您转接人工客服。', en: 'Sorry I could not help — connecting you with a person.' },
  suggestions: { zh: '您是想问以下问题吗？', en: 'Did you mean one of these?' },
  smallTalk: {
    greeting: { zh: '您好！请问有什么可以帮您？', en: 'Hi! How can I help you?' },
    thanks: { zh: '不客气！还有其他问题吗？', en: 'You’re welcome! Anything else I can help with?' },
    goodbye: { zh: '再见，祝您愉快！', en: 'Goodbye, have a nice day!' },
  },
  fallback: {
    zh: '抱歉，我没有完全理解。您可以换个说法，或输入“人工”联系客服。',
    en: 'Sorry, I did not quite get that. Try rephrasing, or type “agent” to reach a person.',
  },
} as const;

const HAS_WORDS = /\p{L}/u;
const isSmallTalk = (intent: string): intent is SmallTalkIntent => intent === 'greeting' || intent === 'thanks' || intent === 'goodbye';

/** The key that tells whether two replies give the same answer. */
export function answerKeyOf(result: BotResult): string | null {
  if (result.type === 'KNOWLEDGE_ANSWER') return `entry:${result.knowledgeEntryId}`;
  if (result.type === 'INTENT_ANSWER') return `intent:${result.intent}`;
  return null;
}

export function decideBotReply(bot: LoadedBot, text: string, context: ConversationContext = NEW_CONVERSATION): BotReply {
  const { settings } = bot;
  const language = chooseReplyLanguage(text, settings.answerLanguage, context.previousLanguage);
  let ranked: EntryMatch[] = [];
  const reply = (body: string, result: BotResult): BotReply => ({ body, result, language, ranked });
  const handoff = (reason: 'REQUESTED' | 'REPEATED_FALLBACK', source: 'INTENT_MODEL' | 'RULE', confidence = 1) =>
    reply(TEXT[reason === 'REQUESTED' ? 'handoff' : 'repeated'][language], { type: 'HANDOFF', reason, confidence, source });

  if (isHandoffRequest(text)) return handoff('REQUESTED', 'RULE');
  const prediction = bot.model.predict(toSimplifiedChinese(text));
  const decision = decideIntent(prediction, { minConfidence: settings.minIntentConfidence, minMargin: settings.minIntentMargin });
  if (decision.isInScope && decision.intent === HUMAN_AGENT_INTENT && prediction.confidence >= HUMAN_AGENT_MIN_CONFIDENCE && !hasHandoffLookAlike(text)) {
    return handoff('REQUESTED', 'INTENT_MODEL', prediction.confidence);
  }

  ranked = bot.matcher.rank(text, prediction, language);
  const isOffTopic = prediction.intent === OUT_OF_SCOPE && prediction.confidence >= OUT_OF_SCOPE_GUARD;
  const entryAnswer = (match: EntryMatch) =>
    reply(match.entry.answer, { type: 'KNOWLEDGE_ANSWER', knowledgeEntryId: match.entry.id, question: match.entry.question, confidence: match.score, source: 'KNOWLEDGE_BASE' });
  // Ahead by the margin, or the workspace's entry model alone also picks it with most of its probability.
  const isClearlyAhead = (pool: EntryMatch[]) =>
    pool.length === 1 || pool[0]!.score - pool[1]!.score >= settings.knowledgeAnswerMargin || pool[0]!.learned >= ENTRY_MODEL_AGREEMENT;

  let answer: BotReply | null = null;
  let pool = ranked;
  const [best] = ranked;
  // An entry's own question or alternate (the same search words) always gets its answer.
  const exact = ranked.find((match) => match.lexical >= EXACT_PHRASING);
  if (exact) answer = entryAnswer(exact);
  else if (best && (!isOffTopic || best.lexical >= settings.knowledgeOverrideThreshold)) {
    if (best.score >= settings.knowledgeOverrideThreshold || (best.score >= settings.knowledgeAnswerThreshold && isClearlyAhead(ranked))) answer = entryAnswer(best);
  }
  if (!answer && decision.isInScope) {
    const linked = ranked.filter((match) => match.entry.intent === decision.intent);
    const intentAnswer = bot.answers[decision.intent]?.[language];
    if (linked.length > 0) {
      // The intent's own entries, best first; the topmost answers when it leads the whole ranking too.
      if (best && linked[0] === best && isClearlyAhead(linked) && best.score >= settings.knowledgeAnswerThreshold) answer = entryAnswer(best);
      else pool = [...linked, ...ranked.filter((match) => match.entry.intent !== decision.intent)];
    } else if (intentAnswer) {
      answer = reply(intentAnswer, { type: 'INTENT_ANSWER', intent: decision.intent, confidence: prediction.confidence, source: 'INTENT_MODEL' });
    }
  }
  if (answer) {
    const key = answerKeyOf(answer.result);
    if (!key || key !== context.lastAnswerKey) return answer;
    pool = pool.filter((match) => `entry:${match.entry.id}` !== key);
  }

  const suggestions = pool.filter((match) => match.score >= settings.suggestionThreshold && (!isOffTopic || match.lexical >= settings.suggestionThreshold)).slice(0, settings.maxSuggestions);
  // Small talk only for words ("？？" leaves the classifier with nothing but its bias), and not
  // when they also name something in the workspace's entries ("hello! store?"): those get the suggestions.
  const namesAnEntry = suggestions.some((match) => match.lexical >= settings.suggestionThreshold);
  if (decision.isInScope && isSmallTalk(decision.intent) && HAS_WORDS.test(text) && !namesAnEntry) {
    return reply(TEXT.smallTalk[decision.intent][language], { type: 'SMALL_TALK', intent: decision.intent, confidence: prediction.confidence, source: 'INTENT_MODEL' });
  }
  if (context.fallbacksInARow + 1 >= settings.fallbacksBeforeHandoff) return handoff('REPEATED_FALLBACK', 'RULE');
  if (suggestions.length > 0) {
    return reply([TEXT.suggestions[language], ...suggestions.map((s, i) => `${i + 1}. ${s.entry.question}`)].join('\n'), {
      type: 'SUGGESTIONS',
      suggestions: suggestions.map((s) => ({ knowledgeEntryId: s.entry.id, question: s.entry.question, score: s.score })),
      confidence: suggestions[0]!.score,
      source: 'KNOWLEDGE_BASE',
    });
  }
  return reply(bot.defaultReply[language] ?? TEXT.fallback[language], { type: 'DEFAULT_REPLY', confidence: prediction.confidence, source: 'WORKSPACE_DEFAULT' });
}
