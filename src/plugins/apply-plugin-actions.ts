// Carries out what a hook queued on its ctx, as Kefu itself: tags and system messages go through
// the same stores and publishes as the API's, HTTP only to hosts the operator allowed.
import type { Deps } from '../deps.ts';
import { topics } from '../events/topics.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { publishEvents, toConversationJson } from '../conversation-log/publish-event.ts';
import type { PluginAction } from './plugin-runtime.ts';

const HTTP_TIMEOUT_MS = 10_000;
const MAX_TAG_LENGTH = 50;

export interface ActionTarget {
  plugin: string;
  workspaceId: string;
  conversationId: string;
}

export function logActions(deps: Pick<Deps, 'log'>, target: ActionTarget, actions: PluginAction[]): void {
  for (const action of actions) {
    if (action.kind === 'log') deps.log.info({ kind: 'plugins', plugin: target.plugin, conversationId: target.conversationId }, action.message.slice(0, 2000));
  }
}

/** Tags, system messages and HTTP calls, in the order they were queued; one failing does not stop the rest. */
export async function applyActions(deps: Deps, target: ActionTarget, actions: PluginAction[]): Promise<void> {
  const tags = actions.flatMap((a) => (a.kind === 'addTag' ? [a.name] : []));
  if (tags.length > 0) await guarded(deps, target, 'addTag', () => addTags(deps, target, tags));
  for (const action of actions) {
    if (action.kind === 'systemMessage') await guarded(deps, target, 'systemMessage', () => sendSystemMessage(deps, target, action.body));
    if (action.kind === 'http') void guarded(deps, target, 'http', () => sendHttp(deps, action.url, action.request));
  }
}

async function guarded(deps: Deps, target: ActionTarget, action: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    deps.plugins.registry.metrics.actionFailures.inc({ plugin: target.plugin, action });
    deps.log.warn({ kind: 'plugins', plugin: target.plugin, action, error: (error as Error).message }, 'plugin action failed');
  }
}

export async function addTags(deps: Deps, target: Omit<ActionTarget, 'plugin'>, names: string[]): Promise<void> {
  const clean = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0 && n.length <= MAX_TAG_LENGTH))];
  if (clean.length === 0) return;
  const conversation = await deps.db.$transaction(async (tx) => {
    for (const name of clean) {
      const tag = await tx.tag.upsert({ where: { workspaceId_name: { workspaceId: target.workspaceId, name } }, create: { workspaceId: target.workspaceId, name }, update: {} });
      await tx.conversationTag.upsert({ where: { conversationId_tagId: { conversationId: target.conversationId, tagId: tag.id } }, create: { conversationId: target.conversationId, tagId: tag.id }, update: {} });
    }
    return tx.conversation.findUniqueOrThrow({ where: { id: target.conversationId } });
  });
  await deps.bus.publish(topics.inbox(target.workspaceId), { reason: 'UPDATED', conversation: toConversationJson(conversation), message: null });
}

async function sendSystemMessage(deps: Deps, target: ActionTarget, body: string): Promise<void> {
  const text = body.trim().slice(0, 4000);
  if (!text) return;
  const appended = await appendEvents(deps, [{ workspaceId: target.workspaceId, conversationId: target.conversationId, kind: 'TEXT', authorType: 'SYSTEM', body: text, data: { plugin: target.plugin } }]);
  await publishEvents(deps, appended);
}

export function isHostAllowed(allowed: readonly string[], url: URL): boolean {
  return allowed.some((pattern) => (pattern.startsWith('*.') ? url.hostname.endsWith(pattern.slice(1)) : url.hostname === pattern));
}

async function sendHttp(deps: Deps, url: string, request: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ctx.http: ${JSON.stringify(url)} is not a URL`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error(`ctx.http: only http and https URLs, not ${parsed.protocol}`);
  if (!isHostAllowed(deps.config.plugins.httpAllowedHosts, parsed)) throw new Error(`ctx.http: ${parsed.hostname} is not in plugins.httpAllowedHosts`);
  const response = await fetch(parsed, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`ctx.http: ${parsed.hostname} answered ${response.status}`);
}
