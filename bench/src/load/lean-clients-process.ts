// Entry of the child process heap-per-socket.ts forks, so the server's heap and the clients' are
// measured apart: it opens the lean clients it is told to, reports its own heap growth after a
// GC once they are open (and, subscribed, once each has received one event), then waits to close.
import type WebSocket from 'ws';
import { heapAfterGc, openLeanClient } from './lean-client.ts';

export interface LeanClientsCommand {
  wsUrl: string;
  token: string;
  conversationId: string;
  sockets: number;
  isSubscribing: boolean;
}

export type LeanClientsReply = { type: 'opened' } | { type: 'measured'; heapBytes: number };

const reply = (message: LeanClientsReply) => process.send!(message);
const command = await new Promise<LeanClientsCommand>((resolve) => process.once('message', (m) => resolve(m as LeanClientsCommand)));
const before = await heapAfterGc();
let received = 0;
let onAllReceived = () => {};
const allReceived = new Promise<void>((resolve) => (onAllReceived = resolve));
const countEvent = () => {
  if (++received === command.sockets) onAllReceived();
};
const open: WebSocket[] = [];
for (let i = 0; i < command.sockets; i += 100) {
  const batch = Array.from({ length: Math.min(100, command.sockets - i) }, () => openLeanClient(command.wsUrl, command.token, command.conversationId, countEvent, command.isSubscribing));
  open.push(...(await Promise.all(batch)));
}
reply({ type: 'opened' });
if (command.isSubscribing) await allReceived;
reply({ type: 'measured', heapBytes: (await heapAfterGc()) - before });
process.once('message', () => {
  for (const ws of open) ws.terminate();
  process.exit(0);
});
