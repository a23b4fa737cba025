import { ConversationStatusEnum } from '../conversation-log/conversation.schema.ts';
import { builder } from '../graphql/builder.ts';
import { MAX_REPORT_DAYS, readReport, type Report, type ReportFigures } from './read-report.ts';

const ReportInterval = builder.enumType('ReportInterval', {
  description: 'How the report’s series is bucketed, in UTC.',
  values: { DAY: { description: 'One point per UTC day.' }, WEEK: { description: 'One point per ISO week, starting Monday 00:00 UTC.' } },
});

const ReportChannel = builder.enumType('ReportChannel', {
  description: 'Who opened a conversation, read from its first event.',
  values: {
    WIDGET: { description: 'A visitor (the chat widget or the visitor API).' },
    STAFF: { description: 'An agent opened it for a customer.' },
    API: { description: 'An API key opened it.' },
  },
});

const ReportFiguresRef = builder.objectRef<ReportFigures>('ReportFigures').implement({
  description:
    'Figures of a set of conversations. Volumes and times count conversations created in the range; CSAT counts ratings given in it. An average is null when nothing was measured.',
  fields: (t) => ({
    conversations: t.exposeInt('conversations', { description: 'Conversations created.' }),
    firstResponseCount: t.exposeInt('firstResponseCount', { description: 'Conversations with a visible agent reply after the visitor’s first message.' }),
    firstResponseAverageSeconds: t.exposeFloat('firstResponseAverageSeconds', { nullable: true, description: 'Average seconds from the visitor’s first message to the first visible agent reply.' }),
    resolvedCount: t.exposeInt('resolvedCount', { description: 'Conversations resolved or closed at least once.' }),
    resolutionAverageSeconds: t.exposeFloat('resolutionAverageSeconds', { nullable: true, description: 'Average seconds from creation to the first RESOLVED or CLOSED status change.' }),
    csatCount: t.exposeInt('csatCount', { description: 'CSAT ratings given.' }),
    csatAverage: t.exposeFloat('csatAverage', { nullable: true, description: 'Average CSAT score (1–5), two decimals.' }),
  }),
});

const StatusCount = builder.objectRef<Report['byStatus'][number]>('ReportStatusCount').implement({
  description: 'Conversations created in the range, by their status now.',
  fields: (t) => ({
    status: t.field({ type: ConversationStatusEnum, description: 'Status now.', resolve: (r) => r.status as 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED' }),
    count: t.exposeInt('count', { description: 'Conversations.' }),
  }),
});

const ChannelCount = builder.objectRef<Report['byChannel'][number]>('ReportChannelCount').implement({
  description: 'Conversations created in the range, by who opened them.',
  fields: (t) => ({
    channel: t.field({ type: ReportChannel, description: 'Who opened them.', resolve: (r) => r.channel }),
    count: t.exposeInt('count', { description: 'Conversations.' }),
  }),
});

const ScoreCount = builder.objectRef<Report['csatDistribution'][number]>('ReportScoreCount').implement({
  description: 'CSAT ratings of one score given in the range.',
  fields: (t) => ({
    score: t.exposeInt('score', { description: 'Score, 1 to 5.' }),
    count: t.exposeInt('count', { description: 'Ratings with this score.' }),
  }),
});

const AgentFigures = builder.objectRef<Report['agents'][number]>('ReportAgentFigures').implement({
  description: 'One agent’s figures: volume, resolution and CSAT of the conversations assigned to them; first responses they wrote.',
  fields: (t) => ({
    agentId: t.exposeID('agentId', { description: 'The agent.' }),
    name: t.exposeString('name', { description: 'The agent’s name now.' }),
    figures: t.field({ type: ReportFiguresRef, description: 'Their figures.', resolve: (r) => r.figures }),
  }),
});

const Period = builder.objectRef<Report['periods'][number]>('ReportPeriod').implement({
  description: 'One day or week of the series.',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime', description: 'Start of the day or week (UTC).' }),
    figures: t.field({ type: ReportFiguresRef, description: 'Figures of the period.', resolve: (r) => r.figures }),
  }),
});

const ReportRef = builder.objectRef<Report>('Report').implement({
  description: 'Support figures of a date range, read from the conversation log.',
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime', description: 'Start of the range (included).' }),
    to: t.expose('to', { type: 'DateTime', description: 'End of the range (excluded).' }),
    interval: t.field({ type: ReportInterval, description: 'Bucket of periods.', resolve: (r) => r.interval }),
    totals: t.field({ type: ReportFiguresRef, description: 'Figures of the whole range.', resolve: (r) => r.totals }),
    byStatus: t.field({ type: [StatusCount], description: 'Conversations by status, every status listed.', resolve: (r) => r.byStatus }),
    byChannel: t.field({ type: [ChannelCount], description: 'Conversations by channel, every channel listed.', resolve: (r) => r.byChannel }),
    csatDistribution: t.field({ type: [ScoreCount], description: 'Ratings per score, 1 to 5.', resolve: (r) => r.csatDistribution }),
    agents: t.field({ type: [AgentFigures], description: 'Per agent, busiest first.', resolve: (r) => r.agents }),
    periods: t.field({ type: [Period], description: 'Every day or week of the range, empty ones included.', resolve: (r) => r.periods }),
  }),
});

const ReportInput = builder.inputType('ReportInput', {
  description: `A date range of at most ${MAX_REPORT_DAYS} days.`,
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true, description: 'Start (included).' }),
    to: t.field({ type: 'DateTime', required: true, description: 'End (excluded).' }),
    interval: t.field({ type: ReportInterval, description: 'Series bucket; DAY by default.' }),
  }),
});

builder.queryField('report', (t) =>
  t.field({
    type: ReportRef,
    description: 'Workspace admins (and ADMIN API keys): first-response and resolution times, volumes, CSAT, per agent and per day or week.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ReportInput, required: true }) },
    resolve: (_root, { input }, ctx) => readReport(ctx.deps, ctx.principal, { ...input, interval: input.interval ?? undefined }),
  }),
);
