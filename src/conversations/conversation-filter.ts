// conversations(filter): the conditions, validated, as one Prisma where. All given conditions must
// hold; an empty list or an omitted field does not narrow.
import { z } from 'zod';
import { canServe } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { Prisma } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import { caseInsensitive } from '../storage/case-insensitive.ts';

const id = z.string().min(1).max(100);

const filterSchema = z
  .object({
    status: z.array(z.enum(['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'])).max(4).optional(),
    priority: z.array(z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT'])).max(4).optional(),
    assigneeId: id.optional(),
    isUnassigned: z.boolean().optional(),
    departmentId: id.optional(),
    subject: z.string().trim().min(1, 'Give some text to look for in the subject, or leave subject out').max(200).optional(),
    tag: z.string().trim().min(1).max(100).optional(),
    visitorId: id.optional(),
    number: z.number().int().positive().optional(),
    isSnoozed: z.boolean().optional(),
    createdAfter: z.date().optional(),
    createdBefore: z.date().optional(),
  })
  .refine((f) => !(f.assigneeId && f.isUnassigned), { message: 'Pass assigneeId or isUnassigned: true, not both', path: ['isUnassigned'] })
  .refine((f) => !f.createdAfter || !f.createdBefore || f.createdAfter < f.createdBefore, { message: 'createdAfter must be before createdBefore', path: ['createdAfter'] });

export function conversationFilterWhere(deps: Pick<Deps, 'provider'>, principal: Principal, input: unknown): Prisma.ConversationWhereInput {
  const f = parseInput(filterSchema, input ?? {});
  const isStaffView = canServe(principal);
  // Filtering by these would tell a visitor which staff tags or snooze their conversation has.
  if ((f.tag || f.isSnoozed !== undefined) && !isStaffView) throw new KefuError('FORBIDDEN', 'Visitors cannot filter by tag or snooze; leave filter.tag and filter.isSnoozed out.');
  return {
    ...(f.status?.length ? { status: { in: f.status } } : {}),
    ...(f.priority?.length ? { priority: { in: f.priority } } : {}),
    ...(f.assigneeId ? { assigneeId: f.assigneeId } : {}),
    ...(f.isUnassigned ? { assigneeId: null } : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.subject ? { subject: { contains: f.subject, ...caseInsensitive(deps.provider) } } : {}),
    ...(f.tag ? { tags: { some: { tag: { name: f.tag } } } } : {}),
    ...(f.visitorId ? { visitorId: f.visitorId } : {}),
    ...(f.number ? { number: f.number } : {}),
    ...(f.isSnoozed === true ? { snoozedUntil: { not: null } } : f.isSnoozed === false ? { snoozedUntil: null } : {}),
    ...(f.createdAfter || f.createdBefore ? { createdAt: { ...(f.createdAfter ? { gte: f.createdAfter } : {}), ...(f.createdBefore ? { lt: f.createdBefore } : {}) } } : {}),
  };
}
