// OpenTelemetry end to end: a real server exports over OTLP/HTTP to a receiver in this test, and a
// sendMessage shows up as one trace — the operation's span with the store and publish spans in it,
// and the delivery to a subscriber (in another socket's context) under publish, found through the event.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_EVENTS, createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { openAckedSocket } from '../testing/raw-ws.ts';
import { freePort } from '../testing/free-port.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';

interface ExportedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

describe('tracing (KEFU_TRACING_ENABLED)', () => {
  const spans: ExportedSpan[] = [];
  let receiver: Server;
  let server: ServerProcess;
  beforeAll(async () => {
    const receiverPort = await freePort();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const request = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
        for (const resource of request.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(receiverPort, '127.0.0.1', resolve));
    server = await spawnServer({
      KEFU_DATA_DIR: `/tmp/kefu-tracing-${randomUUID()}`,
      KEFU_TRACING_ENABLED: 'true',
      KEFU_TRACING_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}/v1/traces`,
      KEFU_TRACING_EXPORT_DELAY_MS: '100',
    });
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    receiver.close();
  });

  it('exports sendMessage with its store, publish and deliver steps as one trace', async () => {
    const ws = await createWorkspaceFixture(server.url);
    const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const visitor = await openAckedSocket(server.wsUrl, visitorToken);
    visitor.send({ id: 'events', type: 'subscribe', payload: { query: CONVERSATION_EVENTS, variables: { id: conversationId } } });
    await visitor.roundTrip();
    await gqlData(
      server.url,
      'mutation Reply($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }',
      { input: { conversationId, body: 'traced reply', clientMessageId: randomUUID() } },
      ws.ownerToken,
    );
    expect((await visitor.next((m) => m.id === 'events' && m.type === 'next')).payload.data.conversationEvents.body).toBe('traced reply');
    visitor.close();
    await expect.poll(() => spans.map((s) => s.name), { timeout: 20_000 }).toContain('mutation.Reply');
    const operation = spans.find((s) => s.name === 'mutation.Reply')!;
    await expect.poll(() => spans.filter((s) => s.traceId === operation.traceId).map((s) => s.name).sort(), { timeout: 30_000 }).toEqual([
      'kefu.message.deliver',
      'kefu.message.publish',
      'kefu.message.store',
      'mutation.Reply',
    ]);
    const inTrace = (name: string) => spans.find((s) => s.traceId === operation.traceId && s.name === name)!;
    expect(inTrace('kefu.message.store').parentSpanId).toBe(operation.spanId);
    expect(inTrace('kefu.message.publish').parentSpanId).toBe(operation.spanId);
    expect(inTrace('kefu.message.deliver').parentSpanId).toBe(inTrace('kefu.message.publish').spanId);
  });
});
