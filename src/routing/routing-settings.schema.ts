import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Agent, Workspace } from '../storage/models.ts';
import { AgentRef } from '../agents/agent.schema.ts';
import { WorkspaceRef } from '../workspaces/workspace.schema.ts';
import { countOpenConversations, toStringList } from './find-available-agents.ts';
import { setBusinessHours, updateAgentRouting, updateRoutingSettings } from './update-routing-settings.ts';

export const RoutingStrategyEnum = builder.enumType('RoutingStrategy', {
  description: 'How conversations are given to agents.',
  values: {
    LEAST_BUSY: { description: 'The available agent with the fewest open conversations (default).' },
    ROUND_ROBIN: { description: 'Available agents in turn.' },
    STICKY: { description: 'The visitor’s last agent when available, else a consistent hash of the visitor over available agents.' },
    MANUAL: { description: 'Nobody is assigned automatically; agents pick from the queue with assignConversation.' },
  },
});

const BusinessHoursIntervalRef = builder.objectRef<{ day: number; open: string; close: string }>('BusinessHoursInterval').implement({
  description: 'An opening interval on one weekday.',
  fields: (t) => ({
    day: t.exposeInt('day', { description: '1 = Monday … 7 = Sunday.' }),
    open: t.exposeString('open', { description: 'Opening time, HH:MM.' }),
    close: t.exposeString('close', { description: 'Closing time, HH:MM (24:00 for midnight).' }),
  }),
});

type BusinessHoursJson = { timezone: string; intervals: { day: number; open: string; close: string }[]; outOfHoursReply: string };

const BusinessHoursRef = builder.objectRef<BusinessHoursJson>('BusinessHours').implement({
  description: 'When agents are expected; outside, visitors get the out-of-hours reply.',
  fields: (t) => ({
    timezone: t.exposeString('timezone', { description: 'IANA timezone, e.g. Asia/Shanghai.' }),
    intervals: t.field({ type: [BusinessHoursIntervalRef], description: 'Weekly opening intervals.', resolve: (h) => h.intervals }),
    outOfHoursReply: t.exposeString('outOfHoursReply', { description: 'Sent to visitors who start a chat out of hours.' }),
  }),
});

builder.prismaObjectFields('Workspace', (t) => ({
  routingStrategy: t.expose('routingStrategy', { type: RoutingStrategyEnum, description: 'Default assignment strategy.', authScopes: { staff: true } }),
  routeOnStart: t.exposeBoolean('routeOnStart', { description: 'Route new conversations at once (false: only on requestAgent / bot handoff).', authScopes: { staff: true } }),
  maxQueueWaitSeconds: t.exposeInt('maxQueueWaitSeconds', { nullable: true, description: 'Longest queue wait before the offline reply; null: no limit.', authScopes: { staff: true } }),
  autoReassignSeconds: t.exposeInt('autoReassignSeconds', { nullable: true, description: 'Reassign when the assignee has not replied for this long; null: never.', authScopes: { staff: true } }),
  offlineReply: t.exposeString('offlineReply', { nullable: true, description: 'Reply after the max queue wait, with a leave-a-message form.', authScopes: { staff: true } }),
  businessHours: t.field({ type: BusinessHoursRef, nullable: true, description: 'Business hours; null means always open.', resolve: (w) => (w.businessHours as BusinessHoursJson | null) ?? null }),
}));

builder.prismaObjectFields('Agent', (t) => ({
  maxConcurrent: t.exposeInt('maxConcurrent', { description: 'Most open conversations at once.' }),
  skills: t.stringList({ description: 'Skills for routing.', resolve: (a) => toStringList(a.skills) }),
  languages: t.stringList({ description: 'Languages spoken; empty matches any.', resolve: (a) => toStringList(a.languages) }),
  openConversationCount: t.int({
    description: 'Open or pending conversations assigned now (staff).',
    authScopes: { staff: true },
    resolve: async (a, _args, ctx) => (await countOpenConversations(ctx.deps, [a.id])).get(a.id) ?? 0,
  }),
}));

const UpdateRoutingSettingsInput = builder.inputType('UpdateRoutingSettingsInput', {
  description: 'Input of updateRoutingSettings. Omitted fields keep their value; null clears a timer or reply.',
  fields: (t) => ({
    strategy: t.field({ type: RoutingStrategyEnum, description: 'Default strategy.' }),
    routeOnStart: t.boolean({ description: 'Route new conversations at once.' }),
    maxQueueWaitSeconds: t.int({ description: 'Longest queue wait, in seconds.' }),
    autoReassignSeconds: t.int({ description: 'Reassign after this many seconds without the assignee’s reply.' }),
    offlineReply: t.string({ description: 'Reply after the max queue wait.' }),
  }),
});

const WorkspacePayload = builder.objectRef<{ workspace: Workspace }>('RoutingSettingsPayload').implement({
  description: 'The workspace after a routing change.',
  fields: (t) => ({ workspace: t.field({ type: WorkspaceRef, description: 'The workspace.', resolve: (p) => p.workspace }) }),
});

builder.mutationField('updateRoutingSettings', (t) =>
  t.field({
    type: WorkspacePayload,
    description: 'Admins: the strategy, queue limit, auto-reassign timer and offline reply.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateRoutingSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ workspace: await updateRoutingSettings(ctx.deps, ctx.principal, input) }),
  }),
);

const BusinessHoursIntervalInput = builder.inputType('BusinessHoursIntervalInput', {
  description: 'An opening interval.',
  fields: (t) => ({
    day: t.int({ required: true, description: '1 = Monday … 7 = Sunday.' }),
    open: t.string({ required: true, description: 'HH:MM.' }),
    close: t.string({ required: true, description: 'HH:MM (24:00 for midnight).' }),
  }),
});

const SetBusinessHoursInput = builder.inputType('SetBusinessHoursInput', {
  description: 'Input of setBusinessHours; omit all three to remove business hours (always open).',
  fields: (t) => ({
    timezone: t.string({ description: 'IANA timezone.' }),
    intervals: t.field({ type: [BusinessHoursIntervalInput], description: 'Weekly opening intervals.' }),
    outOfHoursReply: t.string({ description: 'Reply to visitors who start a chat out of hours.' }),
  }),
});

builder.mutationField('setBusinessHours', (t) =>
  t.field({
    type: WorkspacePayload,
    description: 'Admins: business hours per workspace, with timezone and out-of-hours reply.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetBusinessHoursInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const hours = stripNulls(input);
      const isEmpty = !hours.timezone && !hours.intervals && !hours.outOfHoursReply;
      return { workspace: await setBusinessHours(ctx.deps, ctx.principal, { businessHours: isEmpty ? null : hours }) };
    },
  }),
);

const UpdateAgentRoutingInput = builder.inputType('UpdateAgentRoutingInput', {
  description: 'Input of updateAgentRouting. Omitted fields keep their value.',
  fields: (t) => ({
    agentId: t.id({ required: true, description: 'The agent.' }),
    maxConcurrent: t.int({ description: 'Most open conversations at once.' }),
    skills: t.stringList({ description: 'Skills (replaces the list).' }),
    languages: t.stringList({ description: 'Languages (replaces the list).' }),
  }),
});

const AgentRoutingPayload = builder.objectRef<{ agent: Agent }>('UpdateAgentRoutingPayload').implement({
  description: 'Result of updateAgentRouting.',
  fields: (t) => ({ agent: t.field({ type: AgentRef, description: 'The agent.', resolve: (p) => p.agent }) }),
});

builder.mutationField('updateAgentRouting', (t) =>
  t.field({
    type: AgentRoutingPayload,
    description: 'Admins: an agent’s capacity, skills and languages.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateAgentRoutingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agent: await updateAgentRouting(ctx.deps, ctx.principal, { ...stripNulls(input), agentId: String(input.agentId) }) }),
  }),
);
