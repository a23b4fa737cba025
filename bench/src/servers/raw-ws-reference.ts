// Reference 1, the practical ceiling of this runtime: `ws` with a conversation → Set<socket> map
// and one pre-serialized frame per event. It speaks just enough graphql-transport-ws (init, ack,
// subscribe, next, complete, ping) for the bench clients, runs no GraphQL and stores nothing.
// Entry point: node --import tsx raw-ws-reference.ts <port>
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { createReferenceMessages } from './reference-message.ts';

const port = Number(process.argv[2]);
const members = new Map<string, Set<WebSocket>>();
const nextMessage = createReferenceMessages();
const server = createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({ server, perMessageDeflate: false, maxPayload: 64 * 1024 });

wss.on('connection', (ws) => {
  let conversationId: string | null = null;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; id?: string; payload?: any };
    if (frame.type === 'connection_init') return ws.send('{"type":"connection_ack"}');
    if (frame.type === 'ping') return ws.send('{"type":"pong"}');
    if (frame.type !== 'subscribe') return;
    const variables = frame.payload?.variables ?? {};
    if (!variables.input) {
      conversationId = String(variables.id);
      let set = members.get(conversationId);
      if (!set) members.set(conversationId, (set = new Set()));
      set.add(ws);
      return;
    }
    const message = nextMessage(variables.input);
    // Serialized once and sent as the same Buffer to every member.
    const event = Buffer.from(JSON.stringify({ id: 's', type: 'next', payload: { data: { conversationEvents: message } } }));
    for (const member of members.get(message.conversationId) ?? []) member.send(event);
    ws.send(JSON.stringify({ id: frame.id, type: 'next', payload: { data: { sendMessage: { isDuplicate: false, message: { id: message.id, seq: message.seq } } } } }));
    ws.send(JSON.stringify({ id: frame.id, type: 'complete' }));
  });
  ws.on('close', () => conversationId && members.get(conversationId)?.delete(ws));
});

server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => process.stdout.write('reference listening\n'));
process.on('SIGTERM', () => process.exit(0));
