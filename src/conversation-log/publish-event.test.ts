// In-process subscribers get the published object itself (events/bus.ts), so what publishEvents
// builds must be exactly what a remote subscriber parses from JSON: no Dates, no undefined fields.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../events/bus.ts';
import { topics } from '../events/topics.ts';
import { createMetrics } from '../metrics.ts';
import { createConversation } from '../storage/sql/conversation.ts';
import { openTestStorage, type TestStorage } from '../storage/sql/test-storage.ts';
import { appendEvents } from './append-event.ts';
import { publishEvents } from './publish-event.ts';
import { createInboxOrderTrail } from './trail-inbox-order.ts';

describe('publishEvents payloads', () => {
  let storage: TestStorage;

  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('are JSON already: a JSON round trip gives the same payload', async () => {
    const sql = storage.database.sql;
    const deps = { sql, metrics: createMetrics(), inboxOrder: createInboxOrderTrail({ sql, log: pino({ level: 'silent' }) }), bus: createMemoryBus() };
    const conversation = await createConversation(sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId, subject: 'Refund' });
    const received: unknown[] = [];
    await deps.bus.subscribe(topics.conversation(conversation.id), (payload) => received.push(payload));
    await deps.bus.subscribe(topics.inbox(storage.workspaceId), (payload) => received.push(payload));
    const appended = await appendEvents(deps, [
      { workspaceId: storage.workspaceId, conversationId: conversation.id, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: storage.visitorId, body: 'Where is my refund?', clientMessageId: 'client-0001' },
      { workspaceId: storage.workspaceId, conversationId: conversation.id, kind: 'TEXT', authorType: 'SYSTEM', body: 'Pick one', data: { rich: { kind: 'BUTTONS', buttons: [{ label: 'Yes', payload: 'y' }] } } },
    ], { snoozedUntil: null });
    await publishEvents(deps, appended);

    expect(received).toHaveLength(3);
    for (const payload of received) expect(payload).toStrictEqual(JSON.parse(JSON.stringify(payload)));
    expect(received[2]).toMatchObject({ reason: 'MESSAGE', conversation: { id: conversation.id, subject: 'Refund' }, message: { seq: 2 } });
  });
});
