// Per-workspace bot settings: each key a workspace sets overrides the server's `bot` config
// (the server default), and the default replies live in Workspace (defaultReply for both
// languages, defaultReplyZh and defaultReplyEn over it for messages in theirs). Changing them
// bumps the workspace's bot revision, so every process answers with them at once.
import { z } from 'zod';
import { requireAdmin } from '../../auth/access.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { topics, type BotChangedPayload } from '../../events/topics.ts';
import type { Db } from '../../storage/open-database.ts';
import { parseInput } from '../../validation.ts';
import { DEFAULT_REPLY_COLUMNS, type DefaultReplyColumns } from './default-reply-columns.ts';
import { resolveBotSettings, workspaceBotSettingsSchema, type BotSettings } from './resolve-bot-settings.ts';

export type { BotSettings, DefaultReplyColumns };

/** Marks the workspace's bot content as changed: every process reloads it on its next use. */
export async function bumpBotRevision(deps: { db: Db; bus: Deps['bus'] }, workspaceId: string, reason: BotChangedPayload['reason']): Promise<void> {
  await deps.db.workspace.update({ where: { id: workspaceId }, data: { botRevision: { increment: 1 } } });
  await deps.bus.publish(topics.bot(workspaceId), { reason });
}

export async function readBotSettings(deps: Pick<Deps, 'db' | 'config'>, workspaceId: string) {
  const { botSettings, ...defaultReplies } = await deps.db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { botSettings: true, ...DEFAULT_REPLY_COLUMNS } });
  return { ...resolveBotSettings(deps.config.bot, botSettings), ...defaultReplies };
}

/** Admins: set (a value), reset (null) or keep (omitted) each setting and the default reply. */
export async function updateBotSettings(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const nullable = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional();
  const shape = Object.fromEntries(Object.entries(workspaceBotSettingsSchema.shape).map(([key, schema]) => [key, nullable((schema as z.ZodOptional<z.ZodTypeAny>).unwrap())]));
  const reply = nullable(z.string().trim().min(1, 'Write the reply, or send null for the built-in text').max(4000));
  const data = parseInput(z.object({ ...shape, defaultReply: reply, defaultReplyZh: reply, defaultReplyEn: reply }).strict(), input) as Record<string, unknown>;
  const workspace = await deps.db.workspace.findUniqueOrThrow({ where: { id: admin.workspaceId }, select: { botSettings: true } });
  const settings: Record<string, unknown> = { ...((workspace.botSettings as Record<string, unknown> | null) ?? {}) };
  for (const [key, value] of Object.entries(data)) {
    if (key in DEFAULT_REPLY_COLUMNS || value === undefined) continue;
    if (value === null) delete settings[key];
    else settings[key] = value;
  }
  await deps.db.workspace.update({
    where: { id: admin.workspaceId },
    data: { botSettings: settings as never, ...Object.fromEntries(Object.keys(DEFAULT_REPLY_COLUMNS).filter((key) => data[key] !== undefined).map((key) => [key, data[key]])) },
  });
  await bumpBotRevision(deps, admin.workspaceId, 'SETTINGS_CHANGED');
  return readBotSettings(deps, admin.workspaceId);
}
