// similarQuestions: the workspace's knowledge entries nearest to a text, for "did you mean" lists.
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import type { Principal } from '../auth/principal.ts';
import { requirePrincipal } from '../auth/access.ts';
import { parseInput } from '../validation.ts';
import type { SimilarQuestion } from './similar-questions.ts';

const MAX_RESULTS = 20;
/** Longer texts are cut: a question is short, and the search costs grow with the text. */
const MAX_TEXT_CHARS = 2_000;
const FIRST_RULE = `first must be between 1 and ${MAX_RESULTS}`;

export async function findSimilarQuestions(deps: Pick<Deps, 'bot'>, principal: Principal | null, input: unknown): Promise<SimilarQuestion[]> {
  const caller = requirePrincipal(principal);
  const { text, first } = parseInput(z.object({ text: z.string(), first: z.number().int().min(1, FIRST_RULE).max(MAX_RESULTS, FIRST_RULE) }), input);
  const bot = await deps.bot.forWorkspace(caller.workspaceId);
  return bot.knowledge.search(text.slice(0, MAX_TEXT_CHARS), { limit: first });
}
