// Registering external bots: name, avatar, how Kefu reaches them, the department they serve (or
// the whole workspace) and their BOT API key. One enabled agent bot per department and one for
// the whole workspace, so which bot answers a conversation is never ambiguous.
import { z } from 'zod';
import { requireAdmin, type StaffPrincipal } from '../auth/access.ts';
import { generateApiKey } from '../auth/api-keys.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { callerKey } from '../rate-limits.ts';
import type { AgentBot } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import { refusePrivateTarget } from '../webhooks/private-network-guard.ts';
import { syncAgentBotEndpoint } from './agent-bot-endpoint.ts';

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `${what} is longer than 2000 characters`)
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), `${what} must be an absolute http:// or https:// URL`);

const fields = {
  name: z.string().trim().min(1, 'Name the bot as visitors should see it').max(80, 'The name is longer than 80 characters'),
  avatarUrl: httpUrl('avatarUrl').nullish(),
  departmentId: z.string().min(1).max(100).nullish(),
  mode: z.enum(['SUBSCRIPTION', 'WEBHOOK']),
  webhookUrl: httpUrl('webhookUrl').nullish(),
};

const webhookRule = (bot: { mode?: string; webhookUrl?: string | null }) => bot.mode !== 'WEBHOOK' || Boolean(bot.webhookUrl);
const webhookIssue = { message: 'A WEBHOOK bot needs a webhookUrl (http:// or https://); use SUBSCRIPTION for a bot that listens on inboxEvents', path: ['webhookUrl'] };

const createSchema = z.object({ ...fields, mode: fields.mode.default('SUBSCRIPTION') }).refine(webhookRule, webhookIssue);
const updateSchema = z.object({ id: z.string().min(1).max(100), ...fields, name: fields.name.optional(), mode: fields.mode.optional(), isEnabled: z.boolean().optional() });

async function requireDepartment(deps: Pick<Deps, 'db'>, workspaceId: string, departmentId: string | null | undefined): Promise<void> {
  if (!departmentId) return;
  const department = await deps.db.department.findFirst({ where: { id: departmentId, workspaceId }, select: { id: true } });
  if (!department) throw new KefuError('NOT_FOUND', 'No department with this id is in your workspace; list them with the departments query, or leave departmentId empty for the whole workspace.');
}

async function requireFreeScope(deps: Pick<Deps, 'db'>, workspaceId: string, departmentId: string | null, exceptId?: string): Promise<void> {
  const other = await deps.db.agentBot.findFirst({ where: { workspaceId, departmentId, disabledAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (other) throw new KefuError('CONFLICT', `The agent bot "${other.name}" already answers ${departmentId ? 'this department' : 'the whole workspace'}; disable it first (disableAgentBot).`);
}

async function findOwnBot(deps: Pick<Deps, 'db'>, admin: StaffPrincipal, id: string): Promise<AgentBot> {
  const bot = await deps.db.agentBot.findFirst({ where: { id, workspaceId: admin.workspaceId } });
  if (!bot) throw new KefuError('NOT_FOUND', 'No agent bot with this id is in your workspace; list them with the agentBots query.');
  return bot;
}

/** Registers the bot and creates its BOT API key; the key's secret is returned only here. */
export async function createAgentBot(deps: Pick<Deps, 'db' | 'limiter' | 'config'>, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const data = parseInput(createSchema, input);
  refusePrivateTarget(deps.config.webhooks, data.webhookUrl, 'webhookUrl');
  await requireDepartment(deps, admin.workspaceId, data.departmentId);
  await requireFreeScope(deps, admin.workspaceId, data.departmentId ?? null);
  const key = generateApiKey();
  const created = await deps.db.$transaction(async (tx) => {
    const agentBot = await tx.agentBot.create({
      data: { workspaceId: admin.workspaceId, name: data.name, avatarUrl: data.avatarUrl ?? null, departmentId: data.departmentId ?? null, mode: data.mode, webhookUrl: data.webhookUrl ?? null },
    });
    const apiKey = await tx.apiKey.create({ data: { workspaceId: admin.workspaceId, name: `Agent bot: ${data.name}`, role: 'BOT', prefix: key.prefix, tokenHash: key.tokenHash, agentBotId: agentBot.id } });
    return { agentBot, apiKey, token: key.token };
  });
  await syncAgentBotEndpoint(deps, created.agentBot);
  return created;
}

/** Changes what is given; isEnabled: true re-enables a disabled bot when its scope is free. */
export async function updateAgentBot(deps: Pick<Deps, 'db' | 'config'>, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const data = parseInput(updateSchema, input);
  refusePrivateTarget(deps.config.webhooks, data.webhookUrl, 'webhookUrl');
  const bot = await findOwnBot(deps, admin, data.id);
  const next = { mode: data.mode ?? bot.mode, webhookUrl: data.webhookUrl !== undefined ? data.webhookUrl : bot.webhookUrl, departmentId: data.departmentId !== undefined ? data.departmentId : bot.departmentId };
  if (!webhookRule(next)) throw new KefuError('BAD_USER_INPUT', `Invalid input: webhookUrl: ${webhookIssue.message}`, { issues: [{ path: 'webhookUrl', message: webhookIssue.message }] });
  await requireDepartment(deps, admin.workspaceId, next.departmentId);
  const isEnabled = data.isEnabled ?? bot.disabledAt === null;
  if (isEnabled) await requireFreeScope(deps, admin.workspaceId, next.departmentId ?? null, bot.id);
  const updated = await deps.db.agentBot.update({
    where: { id: bot.id },
    data: {
      ...(data.name ? { name: data.name } : {}),
      ...(data.avatarUrl !== undefined ? { avatarUrl: data.avatarUrl } : {}),
      ...next,
      disabledAt: isEnabled ? null : (bot.disabledAt ?? new Date()),
    },
  });
  await syncAgentBotEndpoint(deps, updated);
  return updated;
}

/** The bot stops answering at once: the built-in bot answers its conversations again. Its key keeps working until revoked. */
export async function disableAgentBot(deps: Pick<Deps, 'db'>, principal: Principal | null, input: { id: string }) {
  const admin = requireAdmin(principal);
  const bot = await findOwnBot(deps, admin, input.id);
  if (bot.disabledAt) return bot;
  const disabled = await deps.db.agentBot.update({ where: { id: bot.id }, data: { disabledAt: new Date() } });
  await syncAgentBotEndpoint(deps, disabled);
  return disabled;
}

/** A new BOT API key for the bot (rotation); revoke the old one with revokeApiKey. */
export async function createAgentBotApiKey(deps: Pick<Deps, 'db' | 'limiter'>, principal: Principal | null, input: { id: string }) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const bot = await findOwnBot(deps, admin, input.id);
  const key = generateApiKey();
  const apiKey = await deps.db.apiKey.create({ data: { workspaceId: admin.workspaceId, name: `Agent bot: ${bot.name}`, role: 'BOT', prefix: key.prefix, tokenHash: key.tokenHash, agentBotId: bot.id } });
  return { agentBot: bot, apiKey, token: key.token };
}
