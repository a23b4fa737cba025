// Several server processes writing to one conversation at once: seqs stay gap-free and ordered,
// and a retry racing its original on another process stores one message.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';
import { createTestDatabase } from '../testing/start-test-app.ts';

const PROCESSES = 3;
const SENDS = 80;

describeEachStorage('concurrent writers in several processes', (provider) => {
  let servers: ServerProcess[] = [];
  let dir: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-writers-'));
    const database = await createTestDatabase(provider);
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, KEFU_AUTH_SECRET: 'shared-secret-shared-secret-shared-secret', KEFU_DATA_DIR: dir, KEFU_LIMITS_SENDS_PER_MINUTE: '100000' };
    servers = await Promise.all(Array.from({ length: PROCESSES }, () => spawnServer(env)));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`assigns seqs 1..N without gaps and stores each clientMessageId once (${SENDS} sends, each also retried on another process)`, async () => {
    const url = (i: number) => servers[i % PROCESSES]!.url;
    const ws = await createWorkspaceFixture(url(0));
    const { conversationId } = await startVisitorConversation(url(0), ws.widgetKey, 'start');
    const ids = Array.from({ length: SENDS }, () => randomUUID());
    const send = (i: number, attempt: number) =>
      gql(url(i + attempt), SEND_MESSAGE, { input: { conversationId, body: `m${i}`, clientMessageId: ids[i] } }, ws.ownerToken);
    const results = await Promise.all(ids.flatMap((_, i) => [send(i, 0), send(i, 1)]));
    expect(results.filter((r) => r.errors)).toEqual([]);

    for (let i = 0; i < SENDS; i++) {
      const [first, retry] = [results[2 * i]!.data!.sendMessage, results[2 * i + 1]!.data!.sendMessage];
      expect(first.message.id).toBe(retry.message.id);
      expect([first.isDuplicate, retry.isDuplicate].filter(Boolean)).toHaveLength(1);
    }
    const history = await gqlData(url(1), `query($c: ID!) { conversation(id: $c) { lastSeq messages(first: 100) { edges { node { seq } } } } }`, { c: conversationId }, ws.ownerToken);
    expect(history.conversation.lastSeq).toBe(SENDS + 1);
    const seqs = [...results.map((r) => r.data!.sendMessage.message.seq as number), 1];
    expect([...new Set(seqs)].sort((x, y) => x - y)).toEqual(Array.from({ length: SENDS + 1 }, (_, i) => i + 1));
  });
});
