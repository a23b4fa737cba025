// The graphql-transport-ws protocol (graphql-ws's PROTOCOL.md; Kefu's contract: schema/PROTOCOL.md)
// in place of graphql-ws's makeServer: the same messages, close codes and order, with message
// shapes checked by graphql-ws's own validateMessage. What differs is what a socket costs while it
// waits (issue 19, memory per connection): makeServer keeps per connection a context object and
// closures, and per subscription an `emit` object and an async handler suspended in its for-await
// for the subscription's whole life. Here a connection is one record (connection.ts), each
// operation another, and the handlers are shared by all of them; a push subscription
// (shared-execution.ts) writes its frames through its operation and ends it, with nothing pending.
// One more difference: a client that sends a message only a server may send (`next`, `error`,
// `connection_ack`) gets 4400, where makeServer threw and the socket closed with 4500.
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, validateMessage, type Message, type SubscribePayload } from 'graphql-ws';
import { flatString } from '../flat-string.ts';

/** Where a push subscription's frames go, and how it ends its operation (shared-execution.ts). */
export interface FrameWriter {
  /** `{"id":<operation id>,"type":"next","payload":`: a result's JSON and `}` make the whole frame. */
  readonly framePrefix: string;
  write(frame: string): void;
  /** The source ended: `complete`, or `error` with its error; nothing after. Ignored once the client stopped it. */
  end(error?: unknown): void;
}

/** A subscription that writes its own frames through its FrameWriter instead of being iterated. */
export interface PushSubscription {
  readonly isPushSubscription: true;
  /** Events flow from now on (called once the operation is registered). */
  start(): void;
  /** The client stopped it or the socket closed: release the source; no frame follows. */
  return(): Promise<unknown>;
}

/** What the protocol keeps of a connection (connection.ts's record has these fields and more). */
export interface ProtocolConnection {
  isInitReceived: boolean;
  isAcknowledged: boolean;
  initTimer: NodeJS.Timeout | null;
  /** Running operations: none, the one, or several by id. */
  operations: Operation | Map<string, Operation> | null;
}

/** One operation of a connection while it runs: the record the protocol keeps under its id. */
export interface Operation extends FrameWriter {
  readonly connection: ProtocolConnection;
  readonly id: string;
  /** What to stop when the client completes it or the socket closes. */
  subscription: PushSubscription | AsyncIterator<unknown> | null;
  prefix: string | null;
}

export interface ProtocolHandlers<Connection extends ProtocolConnection> {
  connectionInitTimeoutMs: number;
  /** `connection_init`: resolves true to acknowledge, false to close with 4403. */
  onConnect(connection: Connection, params: Record<string, unknown> | undefined): Promise<boolean>;
  /** Execution arguments for a `subscribe`, or the errors to answer it with (the socket stays open). */
  onSubscribe(connection: Connection, id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]>;
  execute(args: ExecutionArgs): Promise<ExecutionResult> | ExecutionResult;
  subscribe(args: ExecutionArgs, out: Operation): Promise<PushSubscription | AsyncIterable<ExecutionResult> | ExecutionResult>;
  /** Writes a frame; a promise when the socket is backed up (an iterated subscription then waits for it). */
  send(connection: Connection, frame: string): void | Promise<void>;
  close(connection: Connection, code: number, reason: string): void;
}

export interface ProtocolServer<Connection extends ProtocolConnection> {
  /** A socket opened: starts the `connection_init` timeout (or closes a socket of another sub-protocol). */
  opened(connection: Connection, protocol: string): void;
  /** One text frame from the client; rejects only when a handler failed unexpectedly (close with 4500). */
  message(connection: Connection, text: string): Promise<void>;
  /** The socket closed: stops its operations. */
  closed(connection: Connection): Promise<void>;
}

export function createProtocolServer<Connection extends ProtocolConnection>(handlers: ProtocolHandlers<Connection>): ProtocolServer<Connection> {
  const { send, close } = handlers;

  /** Still the operation registered under its id (the client may have completed it, the socket closed). */
  const isCurrent = (operation: Operation) => operationOf(operation.connection, operation.id) === operation;
  const forget = (operation: Operation) => {
    if (isCurrent(operation)) unregister(operation.connection, operation.id);
  };
  // Every operation belongs to a connection this server opened.
  const sendTo = (operation: Operation, frame: string) => send(operation.connection as Connection, frame);
  const sendNext = (operation: Operation, result: ExecutionResult) =>
    sendTo(operation, `${nextFramePrefix(operation.id)}${JSON.stringify(resultPayload(result))}}`);
  const sendError = (operation: Operation, errors: readonly GraphQLError[]) =>
    sendTo(operation, JSON.stringify({ id: operation.id, type: MessageType.Error, payload: errors.map((error) => error.toJSON()) }));
  const sendComplete = (operation: Operation) => sendTo(operation, JSON.stringify({ id: operation.id, type: MessageType.Complete }));

  // The operations' methods, on one prototype for all of them.
  const operationMethods: Omit<Operation, 'connection' | 'id' | 'subscription' | 'prefix'> & ThisType<Operation> = {
    get framePrefix() {
      return (this.prefix ??= flatString(nextFramePrefix(this.id)));
    },
    // Not checked against the registry: a stopped subscription writes nothing more.
    write(frame) {
      void sendTo(this, frame);
    },
    end(error) {
      if (!isCurrent(this)) return;
      unregister(this.connection, this.id);
      void (error === undefined ? sendComplete(this) : sendError(this, [streamError(error)]));
    },
  };
  const createOperation = (connection: Connection, id: string): Operation => Object.assign(Object.create(operationMethods) as Operation, { connection, id, subscription: null, prefix: null });

  async function onInit(connection: Connection, payload: unknown) {
    if (connection.isInitReceived) return close(connection, CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
    connection.isInitReceived = true;
    clearTimeout(connection.initTimer ?? undefined);
    connection.initTimer = null;
    if (!(await handlers.onConnect(connection, isRecord(payload) ? payload : undefined))) return close(connection, CloseCode.Forbidden, 'Forbidden');
    connection.isAcknowledged = true;
    await send(connection, `{"type":"${MessageType.ConnectionAck}"}`);
  }

  async function onSubscribe(connection: Connection, id: string, payload: SubscribePayload) {
    if (!connection.isAcknowledged) return close(connection, CloseCode.Unauthorized, 'Unauthorized');
    if (operationOf(connection, id)) return close(connection, CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    const operation = createOperation(connection, id);
    register(connection, operation);
    let isPushed = false;
    try {
      const args = await handlers.onSubscribe(connection, id, payload);
      if (isErrorList(args)) {
        if (isCurrent(operation)) await sendError(operation, args);
        return;
      }
      const type = getOperationAST(args.document, args.operationName)?.operation;
      if (!type) {
        if (isCurrent(operation)) await sendError(operation, [new GraphQLError('Unable to identify operation')]);
        return;
      }
      const result = type === 'subscription' ? await handlers.subscribe(args, operation) : await handlers.execute(args);
      if (isPushSubscription(result)) {
        if (!isCurrent(operation)) return void (await result.return());
        isPushed = true;
        operation.subscription = result;
        result.start();
        return;
      }
      if (isAsyncIterable(result)) {
        const iterator = result[Symbol.asyncIterator]();
        if (!isCurrent(operation)) return void (await iterator.return?.());
        operation.subscription = iterator;
        try {
          for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
            if (isCurrent(operation)) await sendNext(operation, step.value);
          }
        } catch (error) {
          if (isCurrent(operation)) {
            forget(operation);
            await sendError(operation, [streamError(error)]);
          }
          return;
        }
      } else if (isCurrent(operation)) {
        await sendNext(operation, result);
      }
      if (isCurrent(operation)) {
        forget(operation);
        await sendComplete(operation);
      }
    } finally {
      // A push subscription stays registered until it ends or is stopped.
      if (!isPushed) forget(operation);
    }
  }

  async function onComplete(connection: Connection, id: string) {
    const operation = operationOf(connection, id);
    if (!operation) return;
    unregister(connection, id);
    await operation.subscription?.return?.();
  }

  return {
    opened(connection, protocol) {
      if (protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) return close(connection, CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      const timeoutMs = handlers.connectionInitTimeoutMs;
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) connection.initTimer = setTimeout(onInitTimeout, timeoutMs, connection, close);
    },

    async message(connection, text) {
      let message: Message;
      try {
        message = validateMessage(JSON.parse(text));
      } catch {
        return close(connection, CloseCode.BadRequest, 'Invalid message received');
      }
      switch (message.type) {
        case MessageType.ConnectionInit:
          return onInit(connection, message.payload);
        case MessageType.Ping:
          return void (await send(connection, JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong })));
        case MessageType.Pong:
          return;
        case MessageType.Subscribe:
          return onSubscribe(connection, message.id, message.payload);
        case MessageType.Complete:
          return onComplete(connection, message.id);
        default:
          return close(connection, CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
      }
    },

    async closed(connection) {
      clearTimeout(connection.initTimer ?? undefined);
      connection.initTimer = null;
      const operations = connection.operations;
      connection.operations = null;
      const stopped = operations instanceof Map ? [...operations.values()] : operations ? [operations] : [];
      await Promise.all(stopped.map((operation) => operation.subscription?.return?.()));
    },
  };
}

/** How many operations the connection runs now. */
export function operationCount(connection: ProtocolConnection): number {
  const operations = connection.operations;
  return operations instanceof Map ? operations.size : operations ? 1 : 0;
}

// A connection's running operations: most sockets run one subscription, which is kept as is; a Map
// only once there are several.
function operationOf(connection: ProtocolConnection, id: string): Operation | undefined {
  const operations = connection.operations;
  if (operations instanceof Map) return operations.get(id);
  return operations?.id === id ? operations : undefined;
}

function register(connection: ProtocolConnection, operation: Operation): void {
  const operations = connection.operations;
  if (operations === null) connection.operations = operation;
  else if (operations instanceof Map) operations.set(operation.id, operation);
  else connection.operations = new Map([[operations.id, operations], [operation.id, operation]]);
}

function unregister(connection: ProtocolConnection, id: string): void {
  const operations = connection.operations;
  if (operations instanceof Map) {
    operations.delete(id);
    if (operations.size === 0) connection.operations = null;
  } else if (operations?.id === id) {
    connection.operations = null;
  }
}

function onInitTimeout<Connection extends ProtocolConnection>(connection: Connection, close: ProtocolHandlers<Connection>['close']) {
  connection.initTimer = null;
  if (!connection.isInitReceived) close(connection, CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
}

/** A `next` frame up to its payload. */
function nextFramePrefix(id: string): string {
  return `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":`;
}

/** graphql-ws's `next` payload: the result with its errors (if any) serialised last. */
function resultPayload({ errors, ...rest }: ExecutionResult): object {
  return errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest;
}

/** A subscription source's failure as the error message graphql-ws sends (an error's extensions are kept). */
function streamError(error: unknown): GraphQLError {
  const originalError = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(originalError.message, { originalError });
}

function isErrorList(value: ExecutionArgs | readonly GraphQLError[]): value is readonly GraphQLError[] {
  return Array.isArray(value);
}

function isPushSubscription(value: unknown): value is PushSubscription {
  return (value as Partial<PushSubscription> | null)?.isPushSubscription === true;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as Partial<AsyncIterable<unknown>> | null)?.[Symbol.asyncIterator] === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
