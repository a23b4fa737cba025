import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { Prisma } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import { businessHoursSchema } from './business-hours.ts';
import { drainQueue } from './drain-queue.ts';

export const routingStrategySchema = z.enum(['LEAST_BUSY', 'ROUND_ROBIN', 'STICKY', 'MANUAL']);

/** Admins: the workspace's strategy, timers and replies. null clears a timer or reply. */
export async function updateRoutingSettings(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const data = parseInput(
    z.object({
      strategy: routingStrategySchema.optional(),
      routeOnStart: z.boolean().optional(),
      maxQueueWaitSeconds: z.number().int().min(1).max(7 * 24 * 3600).nullable().optional(),
      autoReassignSeconds: z.number().int().min(1).max(7 * 24 * 3600).nullable().optional(),
      offlineReply: z.string().trim().min(1).max(2000).nullable().optional(),
    }),
    input,
  );
  const workspace = await deps.db.workspace.update({
    where: { id: admin.workspaceId },
    data: { ...(data.strategy ? { routingStrategy: data.strategy } : {}), ...omitUndefined({ routeOnStart: data.routeOnStart, maxQueueWaitSeconds: data.maxQueueWaitSeconds, autoReassignSeconds: data.autoReassignSeconds, offlineReply: data.offlineReply }) },
  });
  await drainQueue(deps, admin.workspaceId);
  return workspace;
}

/** Admins: weekly business hours in a timezone, with the out-of-hours reply; null: always open. */
export async function setBusinessHours(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const data = parseInput(z.object({ businessHours: businessHoursSchema.nullable() }), input);
  return deps.db.workspace.update({ where: { id: admin.workspaceId }, data: { businessHours: (data.businessHours ?? null) as Prisma.InputJsonValue } });
}

/** Admins: an agent's capacity, skills and languages. */
export async function updateAgentRouting(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const list = z.array(z.string().trim().min(1).max(50)).max(50);
  const data = parseInput(z.object({ agentId: z.string().min(1).max(100), maxConcurrent: z.number().int().min(0).max(1000).optional(), skills: list.optional(), languages: list.optional() }), input);
  const found = await deps.db.agent.findFirst({ where: { id: data.agentId, workspaceId: admin.workspaceId } });
  if (!found) throw new KefuError('NOT_FOUND', 'No agent with this id is in your workspace.');
  const agent = await deps.db.agent.update({ where: { id: found.id }, data: omitUndefined({ maxConcurrent: data.maxConcurrent, skills: data.skills, languages: data.languages }) });
  await drainQueue(deps, admin.workspaceId);
  return agent;
}

function omitUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
