// Full-text search over a workspace's messages, Chinese and English alike (storage/search-text.ts).
// Staff only. Returns message ids ranked newest first; the caller loads rows through Prisma.
import { z } from 'zod';
import { conversationAccessFilter, requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { searchMessageIds } from '../storage/sql/message.ts';
import { parseInput } from '../validation.ts';

export interface SearchMessagesArgs {
  query: string;
  conversationId?: string | null;
  first: number;
  offset: number;
}

/** Messages whose text matches every word (and every Chinese phrase) of the query, newest first. */
export async function searchMessages(deps: Pick<Deps, 'db' | 'sql' | 'config'>, principal: Principal | null, args: SearchMessagesArgs) {
  const staff = requireStaff(principal);
  const { query, conversationId, first, offset } = parseInput(
    z.object({
      query: z.string().trim().min(1, 'Type something to search for').max(deps.config.limits.textMaxLength),
      conversationId: z.string().max(100).nullish(),
      first: z.number().int().min(1).max(100, 'first may be at most 100'),
      offset: z.number().int().min(0).max(10_000),
    }),
    args,
  );
  // Over-fetch ids, then apply the access filter in one Prisma query that keeps rank order.
  const ids = await searchMessageIds(deps.sql, staff.workspaceId, query, Math.min(offset + first, 10_000) * 2 + 50);
  if (ids.length === 0) return [];
  const rows = await deps.db.message.findMany({
    where: { id: { in: ids }, ...(conversationId ? { conversationId } : {}), conversation: conversationAccessFilter(staff) },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(offset, offset + first);
}
