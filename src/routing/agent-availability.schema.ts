// The agent's availability switch: setAgentStatus stores the status (presence/) and, when the
// agent became ONLINE, serves the queue (routing's rule, queue/serve-online-agent.ts). It lives in
// routing so that presence never calls routing.
import { builder } from '../graphql/builder.ts';
import { AgentStatusEnum } from '../presence/presence.schema.ts';
import { setAgentStatus } from '../presence/set-agent-status.ts';
import { serveOnlineAgent } from './queue/serve-online-agent.ts';

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
      await serveOnlineAgent(ctx.deps, ctx.principal!.workspaceId, presence);
      return ctx.deps.db.agent.findUniqueOrThrow({ ...query, where: { id: agentId } });
    },
  }),
);
