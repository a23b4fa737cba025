// Test harness: a real `ws` WebSocket whose connections a test can cut, and whose reconnects it can
// hold off (they go to a closed port) until it has done what should happen while disconnected.
import WebSocket from 'ws';

export interface ControllableWebSocket {
  /** Pass as `webSocketImpl`. */
  impl: unknown;
  /** Drops every open socket without a close handshake, like a lost network. */
  dropAll(): void;
  /** While blocked, new connections are refused. */
  setBlocked(isBlocked: boolean): void;
  /** Variables of every `subscribe` frame sent so far, in order. */
  subscribedVariables: Record<string, unknown>[];
}

export function createControllableWebSocket(): ControllableWebSocket {
  const sockets = new Set<WebSocket>();
  const subscribedVariables: Record<string, unknown>[] = [];
  let isBlocked = false;
  // graphql-ws calls `new impl(url, protocol)`; a constructor function may return the object to use.
  function ControlledWebSocket(url: string, protocols?: string | string[]): WebSocket {
    const socket = new WebSocket(isBlocked ? 'ws://127.0.0.1:1/refused' : url, protocols);
    sockets.add(socket);
    const send = socket.send.bind(socket);
    socket.send = ((data: string, ...rest: never[]) => {
      const frame = JSON.parse(data) as { type: string; payload?: { variables?: Record<string, unknown> } };
      if (frame.type === 'subscribe') subscribedVariables.push({ ...frame.payload?.variables });
      return send(data, ...rest);
    }) as typeof socket.send;
    socket.once('close', () => sockets.delete(socket));
    return socket;
  }
  Object.assign(ControlledWebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  return {
    impl: ControlledWebSocket,
    dropAll: () => sockets.forEach((socket) => socket.terminate()),
    setBlocked: (value) => void (isBlocked = value),
    subscribedVariables,
  };
}
