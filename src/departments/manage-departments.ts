// Departments (teams): a name, member agents and an optional strategy overriding the workspace's.
import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { routingStrategySchema as strategy } from '../routing/update-routing-settings.ts';
import { mapPrismaErrors } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

const memberIds = z.array(z.string().min(1).max(100)).max(500);

async function requireAgentsOfWorkspace(deps: Pick<Deps, 'db'>, workspaceId: string, agentIds: string[]): Promise<void> {
  const found = await deps.db.agent.count({ where: { workspaceId, id: { in: agentIds } } });
  if (found !== new Set(agentIds).size) throw new KefuError('NOT_FOUND', 'Some memberIds are not agents of your workspace; list them with the agents query.');
}

export async function createDepartment(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const data = parseInput(z.object({ name: z.string().trim().min(1).max(100), strategy: strategy.optional(), memberIds: memberIds.default([]) }), input);
  await requireAgentsOfWorkspace(deps, admin.workspaceId, data.memberIds);
  return mapPrismaErrors(`A department named "${data.name}"`, 'name', () =>
    deps.db.department.create({
      data: { workspaceId: admin.workspaceId, name: data.name, strategy: data.strategy, members: { create: [...new Set(data.memberIds)].map((agentId) => ({ agentId })) } },
    }),
  );
}

/** Renames, changes the strategy (null: use the workspace's) or replaces the members. */
export async function updateDepartment(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  const data = parseInput(
    z.object({ departmentId: z.string().min(1).max(100), name: z.string().trim().min(1).max(100).optional(), strategy: strategy.nullable().optional(), memberIds: memberIds.optional() }),
    input,
  );
  const department = await deps.db.department.findFirst({ where: { id: data.departmentId, workspaceId: admin.workspaceId } });
  if (!department) throw new KefuError('NOT_FOUND', 'No department with this id is in your workspace.');
  if (data.memberIds) await requireAgentsOfWorkspace(deps, admin.workspaceId, data.memberIds);
  return mapPrismaErrors(`A department named "${data.name}"`, 'name', () =>
    deps.db.$transaction(async (tx) => {
      if (data.memberIds) {
        await tx.departmentMember.deleteMany({ where: { departmentId: department.id } });
        await tx.departmentMember.createMany({ data: [...new Set(data.memberIds)].map((agentId) => ({ departmentId: department.id, agentId })) });
      }
      return tx.department.update({
        where: { id: department.id },
        data: { ...(data.name ? { name: data.name } : {}), ...(data.strategy !== undefined ? { strategy: data.strategy } : {}) },
      });
    }),
  );
}
