import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics, type PresencePayload } from '../events/topics.ts';
import { builder } from '../graphql/builder.ts';
import { drainQueue } from '../routing/drain-queue.ts';
import { setAgentStatus } from './set-agent-status.ts';

const AgentStatusEnum = builder.enumType('AgentStatus', {
  description: 'Availability of an agent.',
  values: {
    ONLINE: { description: 'Takes new conversations.' },
    AWAY: { description: 'Connected but takes no new conversations.' },
    OFFLINE: { description: 'Not connected (or chose to appear offline).' },
  },
});

builder.prismaObjectFields('Agent', (t) => ({
  status: t.expose('status', { type: AgentStatusEnum, description: 'The status the agent chose.' }),
  presence: t.expose('presence', { type: AgentStatusEnum, description: 'Effective presence: the chosen status while connected (with a grace period), else OFFLINE.' }),
}));

const AgentPresenceRef = builder.objectRef<PresencePayload>('AgentPresence').implement({
  description: 'One agent’s presence.',
  fields: (t) => ({
    agentId: t.exposeID('agentId', { description: 'The agent.' }),
    presence: t.field({ type: AgentStatusEnum, description: 'Effective presence.', resolve: (p) => p.presence }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was read or changed.' }),
  }),
});

interface PresenceEvent {
  kind: 'STATE' | 'DIFF';
  agents: PresencePayload[];
}

const PresenceEventKindEnum = builder.enumType('PresenceEventKind', {
  description: 'Full state or a change (like Phoenix presence_state / presence_diff).',
  values: { STATE: { description: 'Every agent of the workspace; sent first.' }, DIFF: { description: 'Agents whose presence changed.' } },
});

const PresenceEventRef = builder.objectRef<PresenceEvent>('PresenceEvent').implement({
  description: 'An item of the agentPresence stream.',
  fields: (t) => ({
    kind: t.field({ type: PresenceEventKindEnum, description: 'STATE or DIFF.', resolve: (e) => e.kind }),
    agents: t.field({ type: [AgentPresenceRef], description: 'The agents concerned.', resolve: (e) => e.agents }),
  }),
});

async function* streamPresence(deps: Deps, principal: Principal | null, signal: AbortSignal): AsyncGenerator<PresenceEvent> {
  const staff = requireStaff(principal);
  const queue = createAsyncQueue<PresencePayload>(1000, () => new KefuError('RATE_LIMITED', 'The presence stream fell behind; subscribe again for a fresh state.'));
  const unsubscribe = await deps.bus.subscribe(topics.presence(staff.workspaceId), (p) => queue.push(p));
  signal.addEventListener('abort', () => queue.close());
  try {
    const agents = await deps.db.agent.findMany({ where: { workspaceId: staff.workspaceId }, select: { id: true, presence: true }, orderBy: { id: 'asc' } });
    const at = new Date().toISOString();
    yield { kind: 'STATE', agents: agents.map((a) => ({ agentId: a.id, presence: a.presence, at })) };
    for (let p = await queue.next(); p; p = await queue.next()) yield { kind: 'DIFF', agents: [p] };
  } finally {
    unsubscribe();
    queue.close();
  }
}

builder.subscriptionField('agentPresence', (t) =>
  t.field({
    type: PresenceEventRef,
    description: 'Staff (supervisors): every agent’s presence first, then each change.',
    authScopes: { staff: true },
    subscribe: (_root, _args, ctx) => createCancelableStream((signal) => streamPresence(ctx.deps, ctx.principal, signal)),
    resolve: (e) => e,
  }),
);

const SetAgentStatusInput = builder.inputType('SetAgentStatusInput', {
  description: 'Input of setAgentStatus.',
  fields: (t) => ({ status: t.field({ type: AgentStatusEnum, required: true, description: 'ONLINE, AWAY or OFFLINE.' }) }),
});

builder.mutationField('setAgentStatus', (t) =>
  t.prismaField({
    type: 'Agent',
    description: 'Agents: choose ONLINE (take conversations), AWAY or OFFLINE. Presence also needs a live WebSocket.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetAgentStatusInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { agentId, presence } = await setAgentStatus(ctx.deps, ctx.principal, input);
      if (presence === 'ONLINE') await drainQueue(ctx.deps, ctx.principal!.workspaceId);
      return ctx.deps.db.agent.findUniqueOrThrow({ ...query, where: { id: agentId } });
    },
  }),
);
