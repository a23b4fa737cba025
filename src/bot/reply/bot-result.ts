// What the bot decided for one visitor message. Stored in the bot message's `data` and exposed
// as the BotResult union, so widgets can render suggestions and the handoff reason is auditable.

export type BotResultSource = 'INTENT_MODEL' | 'KNOWLEDGE_BASE' | 'WORKSPACE_DEFAULT' | 'RULE';

export interface BotSuggestion {
  knowledgeEntryId: string;
  question: string;
  score: number;
}

/** Conversational turns the bot answers in its own neutral words, whatever the workspace enabled. */
export type SmallTalkIntent = 'greeting' | 'thanks' | 'goodbye';

export type BotResult =
  | { type: 'INTENT_ANSWER'; intent: string; confidence: number; source: 'INTENT_MODEL' }
  | { type: 'SMALL_TALK'; intent: SmallTalkIntent; confidence: number; source: 'INTENT_MODEL' }
  | { type: 'KNOWLEDGE_ANSWER'; knowledgeEntryId: string; question: string; confidence: number; source: 'KNOWLEDGE_BASE' }
  | { type: 'SUGGESTIONS'; suggestions: BotSuggestion[]; confidence: number; source: 'KNOWLEDGE_BASE' }
  | { type: 'DEFAULT_REPLY'; confidence: number; source: 'WORKSPACE_DEFAULT' }
  | { type: 'HANDOFF'; reason: 'REQUESTED' | 'REPEATED_FALLBACK'; confidence: number; source: 'INTENT_MODEL' | 'RULE' };

export type BotResultType = BotResult['type'];

/** Results that mean "the bot could not answer"; this many in a row hand the visitor to a person. */
export function isFallback(result: BotResult): boolean {
  return result.type === 'SUGGESTIONS' || result.type === 'DEFAULT_REPLY';
}

export function readBotResult(data: unknown): BotResult | null {
  const result = (data as { botResult?: BotResult } | null)?.botResult;
  return result && typeof result === 'object' && 'type' in result ? result : null;
}
