// A workspace's bot settings in effect: the keys it set over the server's `bot` config.
import { z } from 'zod';
import type { Config } from '../../config.ts';

const score = z.number().min(0).max(1);

/** What a workspace may set; every key optional (unset = server default). */
export const workspaceBotSettingsSchema = z
  .object({
    enabled: z.boolean(),
    minIntentConfidence: score,
    minIntentMargin: score,
    knowledgeAnswerThreshold: score,
    knowledgeAnswerMargin: score,
    suggestionThreshold: score,
    fallbacksBeforeHandoff: z.number().int().min(1).max(10),
    answerLanguage: z.enum(['auto', 'zh', 'en']),
  })
  .partial();

export type WorkspaceBotSettings = z.infer<typeof workspaceBotSettingsSchema>;
export type BotSettings = Omit<Config['bot'], 'modelCacheDir'>;

/** The server defaults with the workspace's own keys on top; stored JSON that no longer parses is ignored. */
export function resolveBotSettings(defaults: Config['bot'], stored: unknown): BotSettings {
  const { modelCacheDir: _dir, ...base } = defaults;
  const parsed = workspaceBotSettingsSchema.safeParse(stored ?? {});
  const own = (parsed.success ? Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) : {}) as WorkspaceBotSettings;
  return { ...base, ...own, enabled: defaults.enabled && (own.enabled ?? true) };
}

