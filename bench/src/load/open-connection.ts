// One lean graphql-transport-ws client socket, doing what the Kefu SDK does per connection:
// authorize in connection_init, subscribe conversationEvents(conversationId, afterSeq), track
// the last seq received, resubscribe with afterSeq after a reconnect, and send messages with a
// clientMessageId that is re-sent (idempotently) if the socket dropped before the ack. Written on
// raw `ws` frames rather than the SDK so one process can hold ~19k of them cheaply.
import WebSocket from 'ws';
import { CONVERSATION_EVENTS, SEND_MESSAGE, SUBSCRIPTION_ID } from './operations.ts';
import { createSeqTracker, type SeqTracker } from './seq-tracker.ts';

export interface ConnectionSpec {
  conversationId: string;
  token: string;
}

export interface ConnectionHandlers {
  onSubscribed(conn: Connection): void;
  onEvent(conn: Connection, seq: number, body: string, isNew: boolean, authorType: string | undefined): void;
  onAck(conn: Connection, clientMessageId: string, seq: number): void;
  onSendError(conn: Connection, clientMessageId: string, message: string): void;
  onClosed(conn: Connection, code: number, reason: string, wasSubscribed: boolean): void;
}

export interface Connection {
  readonly spec: ConnectionSpec;
  readonly seqs: SeqTracker;
  isSubscribed(): boolean;
  open(): void;
  send(body: string, clientMessageId: string): void;
  /** Drops the socket as a network failure would (no close handshake). */
  drop(): void;
  close(): void;
}

interface Target {
  url: string;
  localAddress: string;
}

export function createConnection(target: Target, spec: ConnectionSpec, handlers: ConnectionHandlers): Connection {
  const seqs = createSeqTracker();
  const unacked = new Map<string, { clientMessageId: string; body: string }>();
  let socket: WebSocket | null = null;
  let isSubscribed = false;
  let nextOpId = 0;

  const write = (frame: unknown) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(frame));
  const writeSend = (clientMessageId: string, opId: string, body: string) =>
    write({ id: opId, type: 'subscribe', payload: { query: SEND_MESSAGE, variables: { input: { conversationId: spec.conversationId, body, clientMessageId } } } });

  const conn: Connection = {
    spec,
    seqs,
    isSubscribed: () => isSubscribed,
    open() {
      const ws = new WebSocket(target.url, 'graphql-transport-ws', { perMessageDeflate: false, localAddress: target.localAddress });
      socket = ws;
      ws.on('open', () => write({ type: 'connection_init', payload: { authorization: `Bearer ${spec.token}` } }));
      ws.on('message', (data) => onFrame(JSON.parse(String(data))));
      ws.on('error', () => undefined); // the close event that follows reports it
      ws.on('close', (code, reason) => {
        if (socket !== ws) return;
        const wasSubscribed = isSubscribed;
        socket = null;
        isSubscribed = false;
        handlers.onClosed(conn, code, String(reason), wasSubscribed);
      });
    },
    send(body, clientMessageId) {
      const opId = `m${nextOpId++}`;
      unacked.set(opId, { clientMessageId, body });
      if (isSubscribed) writeSend(clientMessageId, opId, body);
    },
    drop() {
      const ws = socket;
      if (!ws) return;
      const wasSubscribed = isSubscribed;
      socket = null;
      isSubscribed = false;
      ws.terminate();
      handlers.onClosed(conn, 1006, 'dropped by the bench', wasSubscribed);
    },
    close() {
      const ws = socket;
      // An intentional close: no onClosed, no reconnect.
      socket = null;
      isSubscribed = false;
      ws?.close(1000);
    },
  };

  function onFrame(frame: { type: string; id?: string; payload?: any }): void {
    switch (frame.type) {
      case 'connection_ack':
        write({ id: SUBSCRIPTION_ID, type: 'subscribe', payload: { query: CONVERSATION_EVENTS, variables: { id: spec.conversationId, afterSeq: seqs.lastSeq() } } });
        isSubscribed = true;
        for (const [opId, pending] of unacked) writeSend(pending.clientMessageId, opId, pending.body);
        handlers.onSubscribed(conn);
        return;
      case 'next': {
        if (frame.id === SUBSCRIPTION_ID) {
          const event = frame.payload?.data?.conversationEvents;
          if (event?.__typename === 'Message') handlers.onEvent(conn, event.seq, event.body, seqs.receive(event.seq), event.authorType);
          else handlers.onSendError(conn, '', `subscription: ${JSON.stringify(frame.payload?.errors ?? event)}`);
          return;
        }
        const pending = frame.id ? unacked.get(frame.id) : undefined;
        if (!pending) return;
        unacked.delete(frame.id!);
        const seq = frame.payload?.data?.sendMessage?.message?.seq;
        if (typeof seq === 'number') handlers.onAck(conn, pending.clientMessageId, seq);
        else handlers.onSendError(conn, pending.clientMessageId, JSON.stringify(frame.payload?.errors ?? frame.payload));
        return;
      }
      case 'error':
        if (frame.id === SUBSCRIPTION_ID) handlers.onSendError(conn, '', `subscription: ${JSON.stringify(frame.payload)}`);
        else if (frame.id && unacked.has(frame.id)) {
          handlers.onSendError(conn, unacked.get(frame.id)!.clientMessageId, JSON.stringify(frame.payload));
          unacked.delete(frame.id);
        }
        return;
      case 'complete':
        if (frame.id === SUBSCRIPTION_ID) handlers.onSendError(conn, '', 'subscription completed by the server');
        return;
      case 'ping':
        write({ type: 'pong' });
        return;
    }
  }
  return conn;
}
