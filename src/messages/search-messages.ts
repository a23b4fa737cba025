// Full-text search over a workspace's messages, Chinese and English alike (storage/search-text.ts).
// Staff only. Returns the messages the caller may read, newest first.
import { z } from 'zod';
import { conversationAccessFilter, requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { searchMessageIdBatches } from '../storage/sql/message.ts';
import type { Message } from '../storage/models.ts';
import { parseInput } from '../validation.ts';

const IDS_PER_BATCH = 500;
/** Matches looked at per search at most: the deepest page (offset 10,000) plus room for ones the caller may not see. */
const MAX_SCANNED = 20_000;

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
  // The index knows the workspace, not who may read what: ids come from it a batch at a time, newest
  // first, and one Prisma query per batch keeps those the caller may see (an AGENT only its own and
  // unassigned conversations) in rank order, until the page is full or the matches run out.
  const wanted = offset + first;
  const visible: Message[] = [];
  // A message stored meanwhile shifts the next batch by one: it may repeat an id, never skip one that matters here.
  const seen = new Set<string>();
  let scanned = 0;
  for await (const ids of searchMessageIdBatches(deps.sql, staff.workspaceId, query, IDS_PER_BATCH)) {
    const rows = await deps.db.message.findMany({
      where: { id: { in: ids }, ...(conversationId ? { conversationId } : {}), conversation: conversationAccessFilter(staff) },
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    visible.push(...rows.filter((row) => !seen.has(row.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!));
    for (const id of ids) seen.add(id);
    scanned += ids.length;
    if (visible.length >= wanted || scanned >= MAX_SCANNED) break;
  }
  return visible.slice(offset, wanted);
}
