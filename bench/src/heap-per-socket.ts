// V8 heap per subscribed socket (issue 19's memory figure): one in-process Kefu on SQLite, N lean
// raw `ws` clients in a child process (load/lean-clients-process.ts) subscribed to one
// conversation through the bench's CONVERSATION_EVENTS, and each process's heap after two forced
// GCs before and after they connect: the server's share and the clients' apart.
// Run: node --expose-gc --import tsx bench/src/heap-per-socket.ts [sockets=1000] [--unsubscribed]
// (--unsubscribed: sockets that only connect, to tell the subscription's share from the socket's).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { createWorkspaceFixture, startVisitorConversation } from '../../src/testing/fixtures.ts';
import { gqlData } from '../../src/testing/graphql-client.ts';
import { startTestApp } from '../../src/testing/start-test-app.ts';
import { benchSourceFile } from './bench-source-file.ts';
import { heapAfterGc, openLeanClient } from './load/lean-client.ts';
import type { LeanClientsCommand, LeanClientsReply } from './load/lean-clients-process.ts';
import { SEND_MESSAGE } from './load/operations.ts';

const sockets = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1000);
const isSubscribing = !process.argv.includes('--unsubscribed');

const app = await startTestApp({ config: { realtime: { keepAliveMs: 3_600_000 }, limits: { wsConnectionsPerAddress: 0, connectionsPerAddress: 0, operationsPerMinute: 1_000_000_000 } } });
const clients = fork(benchSourceFile('./load/lean-clients-process.ts', import.meta.url), [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const nextReply = async () => ((await once(clients, 'message')) as [LeanClientsReply])[0];
try {
  const workspace = await createWorkspaceFixture(app.url);
  const { visitorToken, conversationId } = await startVisitorConversation(app.url, workspace.widgetKey);
  const send = () => gqlData(app.url, SEND_MESSAGE, { input: { conversationId, body: 'ping', clientMessageId: randomUUID() } }, visitorToken);
  // Warm up every code path once (a socket, a subscription, a delivery) before the baseline.
  const warm = await openLeanClient(app.wsUrl, visitorToken, conversationId, () => {});
  await send();
  warm.close();
  const before = await heapAfterGc();
  clients.send({ wsUrl: app.wsUrl, token: visitorToken, conversationId, sockets, isSubscribing } satisfies LeanClientsCommand);
  await nextReply();
  // One delivery to every socket proves they are all subscribed (and leaves them in steady state).
  await send();
  const measured = await nextReply();
  const after = await heapAfterGc();
  const clientBytes = measured.type === 'measured' ? measured.heapBytes : NaN;
  const kb = (bytes: number) => `${(bytes / sockets / 1024).toFixed(1)} KB`;
  console.log(
    `${sockets} ${isSubscribing ? 'subscribed' : 'connected (unsubscribed)'} sockets, V8 heap per socket: server ${kb(after - before)} ` +
      `(heap ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB), its lean client ${kb(clientBytes)} (in a child process)`,
  );
} finally {
  clients.send('close');
  await app.close();
}
