// Issue 12, finding 1: one malformed WebSocket frame must close only its own socket, with ws's
// close code, and never the process. Frames are built by hand and written to a raw TCP socket
// after a real handshake, against a real `kefu start` process (one worker, then two).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largestRequestBytes, loadConfig } from '../../config.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gql } from '../../testing/graphql-client.ts';
import { openAckedSocket } from '../../testing/raw-ws.ts';
import { spawnServer, type ServerProcess } from '../../testing/spawn-server.ts';

const MAX_PAYLOAD = largestRequestBytes(loadConfig().limits);

interface Frame {
  opcode: number;
  payload?: Buffer;
  isFinal?: boolean;
  rsv1?: boolean;
  isMasked?: boolean;
  /** Announce this length instead of the payload's (to claim a huge frame without sending it). */
  claimedLength?: number;
}

function encodeFrame({ opcode, payload = Buffer.alloc(0), isFinal = true, rsv1 = false, isMasked = true, claimedLength }: Frame): Buffer {
  const length = claimedLength ?? payload.length;
  const head = [(isFinal ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode];
  const maskBit = isMasked ? 0x80 : 0;
  let header: Buffer;
  if (length < 126) header = Buffer.from([...head, maskBit | length]);
  else if (length < 65536) {
    header = Buffer.from([...head, maskBit | 126, 0, 0]);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.from([...head, maskBit | 127, 0, 0, 0, 0, 0, 0, 0, 0]);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!isMasked) return Buffer.concat([header, payload]);
  const mask = randomBytes(4);
  return Buffer.concat([header, mask, Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!))]);
}

const text = (s: string | Buffer) => encodeFrame({ opcode: 0x1, payload: Buffer.from(s) });
const closeWith = (code: number) => encodeFrame({ opcode: 0x8, payload: Buffer.from([code >> 8, code & 0xff]) });

/** A WebSocket handshake by hand; resolves with the socket and the bytes after the 101 headers. */
function handshake(port: number): Promise<{ socket: Socket; rest: Buffer; worker: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    socket.once('error', reject);
    socket.on('data', function onData(chunk) {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const head = received.subarray(0, end).toString();
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`handshake refused: ${head}`));
      resolve({ socket, rest: received.subarray(end + 4), worker: /x-kefu-worker: (\S+)/i.exec(head)?.[1] ?? '?' });
    });
    socket.write(
      [
        'GET /graphql HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Protocol: graphql-transport-ws',
        '',
        '',
      ].join('\r\n'),
    );
  });
}

/** Reads server frames until the close frame and returns its code (1005 when it carries none). */
function readCloseCode(socket: Socket, initial: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffer = initial;
    const timer = setTimeout(() => reject(new Error('no close frame within 10 s')), 10_000);
    const parse = () => {
      while (buffer.length >= 2) {
        let length = buffer[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffer.length < offset + length) return;
        const opcode = buffer[0]! & 0x0f;
        const payload = buffer.subarray(offset, offset + length);
        buffer = buffer.subarray(offset + length);
        if (opcode === 0x8) {
          clearTimeout(timer);
          socket.destroy();
          return resolve(payload.length >= 2 ? payload.readUInt16BE(0) : 1005);
        }
      }
    };
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      parse();
    });
    socket.once('close', () => {
      clearTimeout(timer);
      reject(new Error('connection ended without a close frame'));
    });
    parse();
  });
}

const CASES: { name: string; frames: () => Buffer[]; code: number }[] = [
  { name: 'a frame above the payload limit', frames: () => [encodeFrame({ opcode: 0x1, claimedLength: MAX_PAYLOAD + 1 })], code: 1009 },
  { name: 'a fragmented message above the payload limit', frames: () => [encodeFrame({ opcode: 0x1, isFinal: false, payload: Buffer.alloc(MAX_PAYLOAD - 10, 0x20) }), encodeFrame({ opcode: 0x0, payload: Buffer.alloc(20, 0x20) })], code: 1009 },
  { name: 'invalid UTF-8 in a text frame', frames: () => [text(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))], code: 1007 },
  { name: 'close code 1005 sent by the client', frames: () => [closeWith(1005)], code: 1002 },
  { name: 'RSV1 set without a negotiated extension', frames: () => [encodeFrame({ opcode: 0x1, rsv1: true, payload: Buffer.from('{}') })], code: 1002 },
  { name: 'an unmasked client frame', frames: () => [encodeFrame({ opcode: 0x1, isMasked: false, payload: Buffer.from('{}') })], code: 1002 },
  { name: 'a reserved opcode', frames: () => [encodeFrame({ opcode: 0x3, payload: Buffer.from('x') })], code: 1002 },
  { name: 'a fragmented ping', frames: () => [encodeFrame({ opcode: 0x9, isFinal: false, payload: Buffer.from('x') })], code: 1002 },
  { name: 'a ping above 125 bytes', frames: () => [encodeFrame({ opcode: 0x9, payload: Buffer.alloc(200, 0x61) })], code: 1002 },
];

const VIEWER = '{ viewer { __typename } }';

function describeMalformedFrames(workers: number) {
  describe(`malformed WebSocket frames against kefu start --workers ${workers}`, () => {
    let server: ServerProcess;
    let dataDir: string;
    let ws: WorkspaceFixture;
    let visitor: Awaited<ReturnType<typeof startVisitorConversation>>;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'kefu-frames-'));
      server = await spawnServer({ KEFU_DATA_DIR: dataDir, KEFU_AUTH_SECRET: 'frames-secret-frames-secret-frames-secret' }, ['--workers', String(workers)]);
      ws = await createWorkspaceFixture(server.url);
      visitor = await startVisitorConversation(server.url, ws.widgetKey);
    }, 120_000);
    afterAll(async () => {
      expect(await server.stop()).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** The process (every worker) still answers a query and starts a new subscription. */
    async function expectStillServing() {
      expect((await gql(server.url, VIEWER, {}, ws.ownerToken)).data).toEqual({ viewer: { __typename: 'Viewer' } });
      const socket = await openAckedSocket(server.wsUrl, ws.ownerToken);
      socket.send({ id: 's', type: 'subscribe', payload: { query: 'subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { __typename } }', variables: { id: visitor.conversationId } } });
      expect((await socket.next('next')).payload.data.conversationEvents.__typename).toBe('Message');
      socket.close();
    }

    it.each(CASES)('closes the socket on $name with $code and keeps serving', async ({ frames, code }) => {
      const { socket, rest } = await handshake(server.port);
      const closeCode = readCloseCode(socket, rest);
      for (const frame of frames()) socket.write(frame);
      expect(await closeCode).toBe(code);
      await expectStillServing();
    });

    it('answers a 25,000-character sendMessage (a ~75 KB frame) with MESSAGE_TOO_LARGE and keeps the socket', async () => {
      const socket = await openAckedSocket(server.wsUrl, visitor.visitorToken);
      const body = '好'.repeat(25_000);
      socket.send({ id: 'big', type: 'subscribe', payload: { query: SEND_MESSAGE, variables: { input: { conversationId: visitor.conversationId, body, clientMessageId: randomUUID() } } } });
      const answer = await socket.next((m) => m.id === 'big');
      expect(answer.type).toBe('next');
      expect(answer.payload.errors[0].extensions.code).toBe('MESSAGE_TOO_LARGE');
      await socket.roundTrip();
      socket.send({ id: 'ok', type: 'subscribe', payload: { query: SEND_MESSAGE, variables: { input: { conversationId: visitor.conversationId, body: '好'.repeat(100), clientMessageId: randomUUID() } } } });
      expect((await socket.next((m) => m.id === 'ok' && m.type === 'next')).payload.data.sendMessage.message.body).toBe('好'.repeat(100));
      socket.close();
    });

    it('answers malformed HTTP with 400 and keeps serving', async () => {
      const response = await new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1');
        let received = '';
        socket.on('data', (d) => (received += d));
        socket.once('close', () => resolve(received));
        socket.once('error', reject);
        socket.write('POST /graphql HTTP/1.1\r\nContent-Length: nope\r\n\x00\r\n\r\n');
      });
      expect(response).toMatch(/^HTTP\/1\.1 400/);
      await expectStillServing();
    });

    it('has not lost a process', () => {
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toContain('worker died');
      expect(server.output()).not.toMatch(/uncaught|unhandled/i);
    });
  });
}

describeMalformedFrames(1);
describeMalformedFrames(2);
