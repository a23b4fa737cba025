// The reports of issue 17: volumes, first-response and resolution times and CSAT over a date
// range, in total, per agent and per day or week. The SQL (storage/sql/report.ts) groups by UTC
// day; this module folds those groups, so every view is a sum of the same rows and they agree.
import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { readConversationFigures, readCsatFigures, type ConversationFigureRow, type CsatFigureRow, type ReportChannel } from '../storage/sql/report.ts';
import { parseInput } from '../validation.ts';

const DAY_MS = 86_400_000;
/** The longest range one report covers: a year and a day (a leap year's 366 daily points). */
export const MAX_REPORT_DAYS = 366;

export type ReportInterval = 'DAY' | 'WEEK';

export interface ReportFigures {
  conversations: number;
  firstResponseCount: number;
  firstResponseAverageSeconds: number | null;
  resolvedCount: number;
  resolutionAverageSeconds: number | null;
  csatCount: number;
  csatAverage: number | null;
}

export interface Report {
  from: Date;
  to: Date;
  interval: ReportInterval;
  totals: ReportFigures;
  byStatus: { status: string; count: number }[];
  byChannel: { channel: ReportChannel; count: number }[];
  csatDistribution: { score: number; count: number }[];
  agents: { agentId: string; name: string; figures: ReportFigures }[];
  periods: { start: Date; figures: ReportFigures }[];
}

const ReportInputSchema = z
  .object({
    from: z.coerce.date({ errorMap: () => ({ message: 'from must be a date-time, e.g. 2026-03-01T00:00:00Z.' }) }),
    to: z.coerce.date({ errorMap: () => ({ message: 'to must be a date-time, e.g. 2026-04-01T00:00:00Z.' }) }),
    interval: z.enum(['DAY', 'WEEK']).default('DAY'),
  })
  .refine((r) => r.from < r.to, { path: ['to'], message: 'to must be after from; the range is from (included) to to (excluded).' })
  .refine((r) => r.to.getTime() - r.from.getTime() <= MAX_REPORT_DAYS * DAY_MS, {
    path: ['to'],
    message: `The range is longer than ${MAX_REPORT_DAYS} days; ask for a shorter one (several reports for longer spans).`,
  });

/** Sums that average without rounding errors across groups. */
interface Sums {
  conversations: number;
  responded: number;
  responseSeconds: number;
  resolved: number;
  resolutionSeconds: number;
  ratings: number;
  scoreSum: number;
}

const emptySums = (): Sums => ({ conversations: 0, responded: 0, responseSeconds: 0, resolved: 0, resolutionSeconds: 0, ratings: 0, scoreSum: 0 });
const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);
const toFigures = (s: Sums): ReportFigures => ({
  conversations: s.conversations,
  firstResponseCount: s.responded,
  firstResponseAverageSeconds: average(s.responseSeconds, s.responded),
  resolvedCount: s.resolved,
  resolutionAverageSeconds: average(s.resolutionSeconds, s.resolved),
  csatCount: s.ratings,
  csatAverage: average(s.scoreSum, s.ratings),
});

function sumsIn<K>(map: Map<K, Sums>, key: K): Sums {
  let sums = map.get(key);
  if (!sums) map.set(key, (sums = emptySums()));
  return sums;
}

/** The start of the UTC day, or of the ISO week (Monday) holding it, as a time in ms. */
function periodStart(day: string, interval: ReportInterval): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (interval === 'DAY') return time;
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return time - weekday * DAY_MS;
}

/** Staff admins (and ADMIN keys) read their own workspace's report. */
export async function readReport(deps: Pick<Deps, 'sql' | 'db'>, principal: Principal | null, input: unknown): Promise<Report> {
  const admin = requireAdmin(principal);
  const { from, to, interval } = parseInput(ReportInputSchema, input);
  const range = { workspaceId: admin.workspaceId, from, to };
  const [conversations, ratings] = await Promise.all([readConversationFigures(deps.sql, range), readCsatFigures(deps.sql, range)]);
  return foldReport({ from, to, interval }, conversations, ratings, await agentNames(deps, admin.workspaceId, conversations, ratings));
}

async function agentNames(deps: Pick<Deps, 'db'>, workspaceId: string, conversations: ConversationFigureRow[], ratings: CsatFigureRow[]) {
  const ids = new Set<string>();
  for (const row of conversations) for (const id of [row.assigneeId, row.replierId]) if (id) ids.add(id);
  for (const row of ratings) if (row.assigneeId) ids.add(row.assigneeId);
  const agents = await deps.db.agent.findMany({ where: { workspaceId, id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(agents.map((a) => [a.id, a.name]));
}

export function foldReport(
  range: { from: Date; to: Date; interval: ReportInterval },
  conversations: ConversationFigureRow[],
  ratings: CsatFigureRow[],
  names: Map<string, string>,
): Report {
  const totals = emptySums();
  const byStatus = new Map<string, number>();
  const byChannel = new Map<ReportChannel, number>();
  const scores = new Map<number, number>();
  const agents = new Map<string, Sums>();
  const periods = new Map<number, Sums>();
  for (const row of conversations) {
    const period = sumsIn(periods, periodStart(row.day, range.interval));
    for (const sums of [totals, period]) {
      sums.conversations += row.conversations;
      sums.responded += row.responded;
      sums.responseSeconds += row.responseSecondsSum;
      sums.resolved += row.resolved;
      sums.resolutionSeconds += row.resolutionSecondsSum;
    }
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.conversations);
    byChannel.set(row.channel, (byChannel.get(row.channel) ?? 0) + row.conversations);
    // Volume and resolution count for the assignee; the first response for whoever wrote it.
    if (row.assigneeId) {
      const agent = sumsIn(agents, row.assigneeId);
      agent.conversations += row.conversations;
      agent.resolved += row.resolved;
      agent.resolutionSeconds += row.resolutionSecondsSum;
    }
    if (row.replierId) {
      const agent = sumsIn(agents, row.replierId);
      agent.responded += row.responded;
      agent.responseSeconds += row.responseSecondsSum;
    }
  }
  for (const row of ratings) {
    const targets = [totals, sumsIn(periods, periodStart(row.day, range.interval)), ...(row.assigneeId ? [sumsIn(agents, row.assigneeId)] : [])];
    for (const sums of targets) {
      sums.ratings += row.ratings;
      sums.scoreSum += row.score * row.ratings;
    }
    scores.set(row.score, (scores.get(row.score) ?? 0) + row.ratings);
  }
  // Every period of the range is listed, empty ones too, so a chart has no gaps.
  const first = periodStart(range.from.toISOString().slice(0, 10), range.interval);
  const step = range.interval === 'DAY' ? DAY_MS : 7 * DAY_MS;
  for (let start = first; start < range.to.getTime(); start += step) sumsIn(periods, start);
  return {
    ...range,
    totals: toFigures(totals),
    byStatus: ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'].map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byChannel: (['WIDGET', 'STAFF', 'API'] as const).map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
    csatDistribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.get(score) ?? 0 })),
    agents: [...agents]
      .map(([agentId, sums]) => ({ agentId, name: names.get(agentId) ?? agentId, figures: toFigures(sums) }))
      .sort((a, b) => b.figures.conversations - a.figures.conversations || a.name.localeCompare(b.name)),
    periods: [...periods]
      .sort(([a], [b]) => a - b)
      .map(([start, sums]) => ({ start: new Date(start), figures: toFigures(sums) })),
  };
}
