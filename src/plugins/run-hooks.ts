// The hook points of the message path, called from the domain code in one line each
// (`await pluginHooks.beforeStore(...)`). Each runs the workspace's enabled plugins that declare
// the hook, one after another in plugin order. A plugin that throws or overruns its budget is
// counted and skipped: the message path goes on as if it had no opinion.
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { Conversation, Message } from '../storage/models.ts';
import { applyActions, logActions, type ActionTarget } from './apply-plugin-actions.ts';
import type { BeforeBotReplyResult, BeforeStoreResult, BotReplyView, ConversationView, HookName, MessageView, RouteResult } from './plugin-api.ts';
import { HookTimeoutError, type PluginAction } from './plugin-runtime.ts';
import { toList } from './validate-manifest.ts';
import { settingsWithDefaults } from './workspace-plugins.ts';

/** Whatever the caller has of the conversation; the rest is read only when a plugin runs. */
export type ConversationLike = Pick<Conversation, 'id' | 'workspaceId'> & Partial<Conversation>;

interface PluginReply {
  plugin: string;
  result: unknown;
  actions: PluginAction[];
}

function toView(conversation: Conversation): ConversationView {
  const { id, workspaceId, visitorId, status, priority, subject, assigneeId, departmentId, language } = conversation;
  return { id, workspaceId, visitorId, status, priority, subject, assigneeId, departmentId, language };
}

async function viewOf(deps: Deps, conversation: ConversationLike): Promise<ConversationView> {
  const full = conversation.visitorId !== undefined && conversation.status !== undefined ? (conversation as Conversation) : await deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  return toView(full);
}

/**
 * Runs one hook on each enabled plugin; `next` turns a plugin's result into the input of the next
 * plugin and says whether to stop (a rejection). Log actions are written at once; the others are returned.
 */
async function runHook<I>(
  deps: Deps,
  hook: HookName,
  conversation: ConversationLike,
  input: I,
  next?: (result: Record<string, unknown>, input: I, plugin: string) => { input: I; isDone: boolean },
): Promise<{ replies: PluginReply[]; final: I }> {
  const plugins = deps.plugins.registry.forHook(hook);
  if (plugins.length === 0) return { replies: [], final: input };
  const switches = await deps.plugins.workspaces.get(conversation.workspaceId);
  const replies: PluginReply[] = [];
  let view: ConversationView | undefined;
  let current = input;
  for (const status of plugins) {
    const runtime = status.runtime;
    const state = switches.get(status.name);
    if (!runtime || !state?.enabled) continue;
    view ??= await viewOf(deps, conversation);
    const started = performance.now();
    try {
      const outcome = await runtime.call({ hook, input: current, conversation: view, settings: settingsWithDefaults(runtime.manifest.settings, state.settings) });
      deps.plugins.registry.metrics.hookCalls.inc({ plugin: status.name, hook, outcome: 'ok' });
      logActions(deps, { plugin: status.name, workspaceId: view.workspaceId, conversationId: view.id }, outcome.actions);
      replies.push({ plugin: status.name, ...outcome });
      if (next) {
        const step = next(asObject(outcome.result), current, status.name);
        current = step.input;
        if (step.isDone) break;
      }
    } catch (error) {
      const isTimeout = error instanceof HookTimeoutError;
      deps.plugins.registry.metrics.hookCalls.inc({ plugin: status.name, hook, outcome: isTimeout ? 'timeout' : 'error' });
      deps.log.warn({ kind: 'plugins', plugin: status.name, hook, conversationId: conversation.id, error: (error as Error).message }, isTimeout ? 'plugin hook stopped at its time budget' : 'plugin hook failed');
    } finally {
      deps.plugins.registry.metrics.hookSeconds.observe({ hook }, (performance.now() - started) / 1000);
    }
  }
  return { replies, final: current };
}

function targetOf(conversation: ConversationLike, plugin: string): ActionTarget {
  return { plugin, workspaceId: conversation.workspaceId, conversationId: conversation.id };
}

async function applyAll(deps: Deps, conversation: ConversationLike, replies: PluginReply[], kinds?: PluginAction['kind'][]): Promise<void> {
  for (const reply of replies) await applyActions(deps, targetOf(conversation, reply.plugin), kinds ? reply.actions.filter((a) => kinds.includes(a.kind)) : reply.actions);
}

/** Whether any plugin of the server declares `hook` (a workspace may still have it off). */
function isHooked(deps: Deps, hook: HookName): boolean {
  return deps.plugins.registry.forHook(hook).length > 0;
}

/** Side-effect hooks run after the caller's work, never delaying or failing it. */
function inBackground(deps: Deps, hook: HookName, conversation: ConversationLike, input: unknown): void {
  if (!isHooked(deps, hook)) return;
  setImmediate(() => {
    runHook(deps, hook, conversation, input)
      .then(({ replies }) => applyAll(deps, conversation, replies))
      .catch((error: unknown) => deps.log.error({ err: error, hook, conversationId: conversation.id }, 'plugin hook failed'));
  });
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export interface ScreenedMessage {
  body: string;
  /** Call once the message is stored: runs afterStore and the system messages and HTTP calls queued before. */
  stored(message: Message): void;
}

export const pluginHooks = {
  /**
   * Before a message is stored: each plugin may change the body, tag the conversation or reject
   * the message (MESSAGE_REJECTED with the plugin's reason, nothing stored).
   */
  async beforeStore(deps: Deps, conversation: ConversationLike, message: Omit<MessageView, 'conversationId'>): Promise<ScreenedMessage> {
    let rejection: { plugin: string; reason: string } | null = null;
    const { replies, final } = await runHook(deps, 'beforeStore', conversation, { conversationId: conversation.id, ...message } as MessageView, (result: BeforeStoreResult, previous, plugin) => {
      if (typeof result.reject === 'string' && result.reject.trim() !== '') rejection = { plugin, reason: result.reject };
      return { input: { ...previous, body: nonEmpty(result.body) ?? previous.body }, isDone: rejection !== null };
    });
    // Tags returned in the result count like ctx.addTag calls.
    for (const reply of replies) reply.actions.push(...toList(asObject(reply.result).tags).flatMap((name) => (typeof name === 'string' ? [{ kind: 'addTag' as const, name }] : [])));
    const rejected = rejection as { plugin: string; reason: string } | null;
    if (rejected) {
      await applyAll(deps, conversation, replies);
      throw new KefuError('MESSAGE_REJECTED', rejected.reason, { plugin: rejected.plugin });
    }
    await applyAll(deps, conversation, replies, ['addTag']);
    return {
      body: final.body,
      stored: (stored) => {
        if (replies.length > 0) void applyAll(deps, conversation, replies, ['systemMessage', 'http']).catch((error: unknown) => deps.log.error({ err: error }, 'plugin actions failed'));
        pluginHooks.afterStore(deps, conversation, stored);
      },
    };
  },

  /** A message was stored: afterStore runs in the background (beforeStore's `stored` calls it too). */
  afterStore(deps: Deps, conversation: ConversationLike, stored: Message): void {
    inBackground(deps, 'afterStore', conversation, { conversationId: conversation.id, body: stored.body, authorType: stored.authorType as MessageView['authorType'], internal: stored.internal, id: stored.id, seq: stored.seq } satisfies MessageView);
  },

  isHooked,

  /** Before the bot's reply is stored: a plugin may replace its body, or veto it (null: the bot stays silent). */
  async beforeBotReply(deps: Deps, conversation: ConversationLike, reply: BotReplyView): Promise<string | null> {
    let isVetoed = false;
    const { replies, final } = await runHook(deps, 'beforeBotReply', conversation, reply, (result: BeforeBotReplyResult, previous) => {
      isVetoed = result.veto === true;
      return { input: { ...previous, body: nonEmpty(result.body) ?? previous.body }, isDone: isVetoed };
    });
    await applyAll(deps, conversation, replies);
    return isVetoed ? null : final.body;
  },

  conversationCreated(deps: Deps, conversation: ConversationLike): void {
    inBackground(deps, 'conversationCreated', conversation, {});
  },

  conversationAssigned(deps: Deps, conversation: ConversationLike): void {
    inBackground(deps, 'conversationAssigned', conversation, { agentId: conversation.assigneeId ?? null });
  },

  conversationResolved(deps: Deps, conversation: ConversationLike): void {
    inBackground(deps, 'conversationResolved', conversation, {});
  },

  /** Routing: plugins may exclude candidates or pick the one to try first; the strategy's order stays otherwise. */
  async route<A extends { id: string; name: string; openCount: number }>(deps: Deps, conversation: ConversationLike, candidates: A[]): Promise<A[]> {
    if (candidates.length === 0) return candidates;
    let current = candidates;
    const { replies } = await runHook(deps, 'route', conversation, candidates.map(({ id, name, openCount }) => ({ id, name, openCount })), (result: RouteResult) => {
      const excluded = new Set(toList(result.exclude));
      current = current.filter((c) => !excluded.has(c.id));
      const picked = current.find((c) => c.id === result.pick);
      if (picked) current = [picked, ...current.filter((c) => c !== picked)];
      return { input: current.map(({ id, name, openCount }) => ({ id, name, openCount })), isDone: false };
    });
    await applyAll(deps, conversation, replies);
    return current;
  },
};
