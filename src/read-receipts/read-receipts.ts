// Read receipts: the last-read seq per participant, stored (it only moves forward) and streamed
// on the conversation's read-receipts topic after the current state.
import { z } from 'zod';
import { requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics, type ReadReceiptPayload } from '../events/topics.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { accessLostError, watchConversationAccess } from '../conversation-log/watch-conversation-access.ts';
import { isUniqueViolation } from '../storage/prisma-errors.ts';
import { participantOf } from '../typing/typing.ts';
import { parseInput } from '../validation.ts';

export async function markConversationRead(deps: Deps, principal: Principal | null, input: unknown): Promise<ReadReceiptPayload> {
  const caller = requirePrincipal(principal);
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), seq: z.number().int().min(0) }), input);
  const conversation = await findAccessibleConversation(deps, caller, data.conversationId);
  if (data.seq > conversation.lastSeq) throw new KefuError('BAD_USER_INPUT', `seq ${data.seq} is beyond the newest event (${conversation.lastSeq}); send the seq of the last event shown.`);
  const participant = participantOf(caller);
  const key = { conversationId_participant: { conversationId: conversation.id, participant } };
  const moved = await deps.db.readReceipt.updateMany({ where: { conversationId: conversation.id, participant, lastReadSeq: { lt: data.seq } }, data: { lastReadSeq: data.seq } });
  if (moved.count === 0) {
    try {
      await deps.db.readReceipt.create({ data: { conversationId: conversation.id, participant, lastReadSeq: data.seq } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const receipt = await deps.db.readReceipt.findUniqueOrThrow({ where: key });
  const payload = { conversationId: conversation.id, participant, lastReadSeq: receipt.lastReadSeq, updatedAt: receipt.updatedAt.toISOString() };
  await deps.bus.publish(topics.readReceipts(conversation.id), payload);
  return payload;
}

/** Stopping the stream (return()) releases the bus listener at once, even while idle. */
export function streamReadReceipts(deps: Deps, principal: Principal | null, conversationId: string): AsyncGenerator<ReadReceiptPayload> {
  return createCancelableStream((signal) => generateReadReceipts(deps, principal, conversationId, signal));
}

async function* generateReadReceipts(deps: Deps, principal: Principal | null, conversationId: string, signal: AbortSignal): AsyncGenerator<ReadReceiptPayload> {
  const conversation = await findAccessibleConversation(deps, principal, conversationId);
  const queue = createAsyncQueue<ReadReceiptPayload>(1000, () => new KefuError('RATE_LIMITED', 'The read-receipt stream fell behind; subscribe again.'));
  const unsubscribe = await deps.bus.subscribe(topics.readReceipts(conversation.id), (event) => queue.push(event));
  const stopWatching = await watchConversationAccess(deps, principal, conversation, () => queue.close(accessLostError()));
  signal.addEventListener('abort', () => queue.close());
  try {
    const current = await deps.db.readReceipt.findMany({ where: { conversationId: conversation.id }, orderBy: { participant: 'asc' } });
    for (const r of current) yield { conversationId: r.conversationId, participant: r.participant, lastReadSeq: r.lastReadSeq, updatedAt: r.updatedAt.toISOString() };
    for (let event = await queue.next(); event; event = await queue.next()) yield event;
  } finally {
    stopWatching();
    unsubscribe();
    queue.close();
  }
}
