import { z } from 'zod';
import { isStaff, requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { visitorProfileFields } from './start-visitor-session.ts';

/** Visitors update their own profile (pre-chat form); staff may update any visitor of the workspace. */
export async function updateVisitor(deps: Pick<Deps, 'db' | 'config'>, principal: Principal | null, input: unknown) {
  const caller = requirePrincipal(principal);
  const { visitorId, ...profile } = parseInput(
    z.object({ visitorId: z.string().max(100).optional(), ...visitorProfileFields(deps.config.limits.textMaxLength) }),
    input,
  );
  const id = caller.kind === 'visitor' ? caller.id : visitorId;
  if (!id || (caller.kind === 'visitor' && visitorId && visitorId !== caller.id) || (!isStaff(caller) && caller.kind !== 'visitor')) {
    throw new KefuError('BAD_USER_INPUT', 'Pass visitorId (staff) or omit it to update yourself (visitors).');
  }
  const { count } = await deps.db.visitor.updateMany({ where: { id, workspaceId: caller.workspaceId }, data: profile });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No visitor has this id in your workspace.');
  return deps.db.visitor.findUniqueOrThrow({ where: { id } });
}
