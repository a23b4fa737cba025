// Execute once, write to many. Subscribers whose operation is the same
// (topic, document, operationName, variables minus the resume cursor, and the audience when the
// selection can see it: audience-free-selection.ts) share one GraphQL execution and one JSON
// serialisation per event. Each socket then gets that JSON written straight into its own `next`
// frame (only the client-chosen operation id differs), so clients see exactly the normal
// protocol, and graphql-ws sees one pending step for the subscription's whole life instead of a
// promise chain per event. Each subscriber keeps its own source stream (its own replay, position,
// internal-note filter and access check), so sharing never changes what or when it receives; a
// source that pushes (events/push-stream.ts, the conversation fan-out) hands each event over in
// the publisher's turn, and a synchronous execution is rendered and written there too.
// Each event is executed with graphql-js execute(), as graphql-js subscribe() does per subscriber:
// Yoga's executor would treat a subscription document as a new subscription, so unexpected errors
// are masked here the way Yoga masks them (maskUnexpectedErrors).
import { createSourceEventStream, getOperationAST, GraphQLError, Kind, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode } from 'graphql';
import type { Logger } from '../log.ts';
import { isUnexpectedError, maskUnexpectedError } from '../graphql/mask-error.ts';
import { ATTACH_SINK, isPushStream, type PushSink } from '../events/push-stream.ts';
import { isSelectionAudienceFree } from './audience-free-selection.ts';

/** Root subscription fields whose events look the same to every subscriber of one key. */
export interface ShareableField {
  /** Argument that only positions the stream (e.g. afterSeq); its variable is left out of the key. */
  cursorArg?: string;
}

export interface SharedExecutionOptions {
  fields: Record<string, ShareableField>;
  /** Results kept per key for subscribers that are a few events behind the others. */
  recentPerKey?: number;
  onExecute?: () => void;
  onShare?: () => void;
}

const MAX_INTERNED_DOCUMENTS = 1000;

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

type Ended = IteratorResult<never> | PromiseLike<IteratorResult<never>>;

/**
 * One subscriber: a flat record with its methods on one prototype (no closures per subscription;
 * an idle socket keeps it for hours). It is the iterator graphql-ws holds, and it yields nothing:
 * graphql-ws's one next() settles when the source ends (or throws its error), or when graphql-ws
 * stops it with return(). Events reach it through the source's sink (events/push-stream.ts) or,
 * for any other source, a pump; each is rendered (shared per group) and written in order.
 */
interface Subscriber extends AsyncGenerator<never> {
  shared: SharedState;
  group: Group;
  args: ExecutionArgs;
  execute: Execute;
  out: FrameWriter;
  source: AsyncGenerator<unknown>;
  /** Writes waiting behind an asynchronous execution, so frames keep the source's order. */
  tail: Promise<void> | null;
  isStopped: boolean;
  isStarted: boolean;
  /** Settles graphql-ws's pending next(). */
  settle: ((result: Ended) => void) | null;
  /** How it ended, once it has (undefined: done), for a next() that comes after. */
  end: { error?: unknown } | null;
}

const SUBSCRIBER_METHODS = {
  // graphql-ws asks once, and only while the operation is still subscribed: events flow from then on.
  next(this: Subscriber): Promise<IteratorResult<never>> {
    if (this.end) return endedWith(this.end);
    const ended = new Promise<IteratorResult<never>>((resolve) => (this.settle = resolve));
    if (!this.isStarted) {
      this.isStarted = true;
      const source = this.source;
      if (isPushStream(source)) source[ATTACH_SINK](Object.assign(Object.create(SINK_METHODS) as PushSink<unknown> & { subscriber: Subscriber }, { subscriber: this }));
      else void pump(this);
    }
    return ended;
  },
  async return(this: Subscriber): Promise<IteratorResult<never>> {
    stop(this, undefined);
    await this.source.return?.(undefined);
    return { done: true, value: undefined };
  },
  async throw(this: Subscriber, error: unknown): Promise<IteratorResult<never>> {
    stop(this, undefined);
    await this.source.return?.(undefined);
    throw error;
  },
  [Symbol.asyncIterator](this: Subscriber) {
    return this;
  },
};

/** The sink a push source calls (events/push-stream.ts), as a record too. */
const SINK_METHODS = {
  next(this: { subscriber: Subscriber }, event: unknown) {
    onEvent(this.subscriber, event);
  },
  end(this: { subscriber: Subscriber }, error?: Error) {
    onEnd(this.subscriber, error);
  },
};

function onEvent(subscriber: Subscriber, event: unknown): void {
  if (subscriber.isStopped) return;
  const json = subscriber.shared.render(subscriber.group, event, subscriber.args, subscriber.execute);
  if (typeof json === 'string' && !subscriber.tail) {
    write(subscriber, json);
    return;
  }
  const tail: Promise<void> = (subscriber.tail ?? Promise.resolve()).then(
    () => json,
  ).then(
    (rendered) => {
      if (subscriber.tail === tail) subscriber.tail = null;
      if (!subscriber.isStopped) write(subscriber, rendered);
    },
    (error: unknown) => stop(subscriber, { error: error ?? new Error('The subscription stream failed') }),
  );
  subscriber.tail = tail;
}

function write(subscriber: Subscriber, json: string): void {
  subscriber.out.write(`${subscriber.out.framePrefix}${json}}`);
}

/** The source ended: after the writes still waiting, graphql-ws's next() settles. */
function onEnd(subscriber: Subscriber, error: unknown): void {
  const end = { error };
  if (subscriber.tail) void subscriber.tail.then(() => stop(subscriber, end));
  else stop(subscriber, end);
}

async function pump(subscriber: Subscriber): Promise<void> {
  try {
    for (;;) {
      const step = await subscriber.source.next();
      if (step.done || subscriber.isStopped) break;
      onEvent(subscriber, step.value);
    }
    onEnd(subscriber, undefined);
  } catch (error) {
    onEnd(subscriber, error ?? new Error('The subscription stream failed'));
  }
}

function stop(subscriber: Subscriber, end: { error?: unknown } | undefined): void {
  if (subscriber.isStopped) return;
  subscriber.isStopped = true;
  subscriber.tail = null;
  const { group, shared } = subscriber;
  if (--group.subscribers === 0 && shared.groups.get(group.key) === group) shared.groups.delete(group.key);
  subscriber.end = end ?? {};
  const settle = subscriber.settle;
  subscriber.settle = null;
  settle?.(endedWith(subscriber.end));
  // A source that failed is released too (one that ended or was stopped by graphql-ws needs nothing).
  if (end?.error !== undefined) void subscriber.source.return?.(undefined);
}

function endedWith(end: { error?: unknown }): Promise<IteratorResult<never>> {
  return end.error === undefined ? Promise.resolve({ done: true, value: undefined }) : Promise.reject(end.error);
}

/** Where one subscriber's frames go: `frame(json)` is its whole `next` frame around a serialised result. */
export interface FrameWriter {
  /** `{"id":<operation id>,"type":"next","payload":`, built once per subscription. */
  readonly framePrefix: string;
  write(frame: string): void;
}

interface Group {
  /** The share key, kept once here: each subscriber reaches it through its group. */
  key: string;
  subscribers: number;
  recent: Map<string, string | Promise<string>>;
}

interface SharedState {
  groups: Map<string, Group>;
  render(group: Group, event: unknown, args: ExecutionArgs, execute: Execute): string | Promise<string>;
}

export interface SharedExecution {
  /** The share key of a validated operation for callers of this audience, or null if it is not shareable. */
  keyOf(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>, query: string, audience: string): string | null;
  /**
   * Like graphql's subscribe(), but each event's result is computed and serialised once per key and
   * written to `out` directly. The returned iterator yields nothing: it ends when the source ends
   * (or throws its error), or when graphql-ws stops it with return().
   */
  subscribe(args: ExecutionArgs, key: string, execute: Execute, out: FrameWriter): Promise<AsyncGenerator<never> | ExecutionResult>;
  groupCount(): number;
  /** One string object per shared document text: each subscription's frame (which graphql-ws keeps) then holds no copy of its own. */
  internQuery(query: string): string;
}

export function createSharedExecution({ fields, recentPerKey = 8, onExecute, onShare }: SharedExecutionOptions): SharedExecution {
  const groups = new Map<string, Group>();
  // Documents are interned by their text, so keys name a small number instead of the whole query
  // (bounded: a text forgotten and seen again gets a new number, which only forgoes some sharing).
  const documents = new Map<string, { id: number; text: string }>();
  let nextDocumentId = 0;

  const render = (group: Group, event: unknown, args: ExecutionArgs, execute: Execute): string | Promise<string> => {
    const eventId = eventIdOf(event);
    const cached = group.recent.get(eventId);
    if (cached) {
      onShare?.();
      return cached;
    }
    onExecute?.();
    const executed = execute({ ...args, rootValue: event, contextValue: contextForOneRun(args) });
    const result = isPromise(executed) ? executed.then((r) => JSON.stringify(r)) : JSON.stringify(executed);
    if (group.subscribers > 1) {
      group.recent.set(eventId, result);
      if (group.recent.size > recentPerKey) group.recent.delete(group.recent.keys().next().value!);
    }
    return result;
  };

  const intern = (query: string) => {
    let document = documents.get(query);
    if (!document) {
      documents.set(query, (document = { id: nextDocumentId++, text: query }));
      if (documents.size > MAX_INTERNED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    }
    return document;
  };

  const shared: SharedState = { groups, render };
  return {
    internQuery: (query) => intern(query).text,

    keyOf({ schema, document, operationName, variableValues }, query, audience) {
      const operation = getOperationAST(document, operationName);
      if (operation?.operation !== 'subscription') return null;
      const selections = operation.selectionSet.selections;
      const field = selections.length === 1 && selections[0]!.kind === Kind.FIELD ? selections[0] : null;
      const shareable = field ? fields[field.name.value] : undefined;
      const rootField = field ? schema.getSubscriptionType()?.getFields()[field.name.value] : undefined;
      if (!field || !shareable || !rootField || field.directives?.length) return null;
      const cursorVariable = cursorVariableOf(field, shareable.cursorArg);
      const isCursorOnlyThere = cursorVariable !== null && countVariableUses(document, cursorVariable) === 1;
      const variables = Object.entries(variableValues ?? {})
        .filter(([name]) => !(isCursorOnlyThere && name === cursorVariable))
        .sort(([a], [b]) => (a < b ? -1 : 1));
      const documentId = intern(query).id;
      const isAudienceFree = isSelectionAudienceFree(schema, document, rootField, field.selectionSet);
      const key = JSON.stringify([isAudienceFree ? '*' : audience, documentId, operationName ?? null, variables]);
      // The group's copy when there is one: each subscription keeps its key for its life.
      return groups.get(key)?.key ?? key;
    },

    async subscribe(args, key, execute, out) {
      const source = await createSourceEventStream({ ...args, contextValue: contextForOneRun(args) });
      if (!isAsyncIterable(source)) return source as ExecutionResult;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, subscribers: 0, recent: new Map() }));
      group.subscribers++;
      const subscriber = Object.create(SUBSCRIBER_METHODS) as Subscriber;
      subscriber.shared = shared;
      subscriber.group = group;
      subscriber.args = args;
      subscriber.execute = execute;
      subscriber.out = out;
      subscriber.source = source[Symbol.asyncIterator]() as AsyncGenerator<unknown>;
      subscriber.tail = null;
      subscriber.isStopped = false;
      subscriber.isStarted = false;
      subscriber.settle = null;
      subscriber.end = null;
      return subscriber;
    },

    groupCount: () => groups.size,
  };
}

/**
 * A context object of its own for one run (the subscribe resolver, or one event's execution) that
 * inherits the subscription's fields: Pothos keys its per-request caches (an object and six Maps)
 * by the context object, and the subscription's own context lives as long as its socket.
 */
function contextForOneRun({ contextValue }: ExecutionArgs): unknown {
  return typeof contextValue === 'object' && contextValue !== null ? Object.create(contextValue) : contextValue;
}

function eventIdOf(event: unknown): string {
  const id = (event as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `id:${id}` : `json:${JSON.stringify(event)}`;
}

function cursorVariableOf(field: FieldNode, cursorArg: string | undefined): string | null {
  const argument = cursorArg ? field.arguments?.find((a) => a.name.value === cursorArg) : undefined;
  return argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : null;
}

function countVariableUses(document: DocumentNode, name: string): number {
  let uses = 0;
  visit(document, {
    Variable(node) {
      if (node.name.value === name) uses++;
    },
    VariableDefinition: { enter: () => false },
  });
  return uses;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

/** Errors that are not GraphQLErrors (bugs, driver errors) reach clients as INTERNAL_SERVER_ERROR, as over HTTP. */
export function maskUnexpectedErrors(result: ExecutionResult | Promise<ExecutionResult>, log: Logger): ExecutionResult | Promise<ExecutionResult> {
  const mask = (r: ExecutionResult) => (r.errors?.some(isUnexpectedError) ? { ...r, errors: r.errors.map((error) => maskUnexpectedError(error, log) as GraphQLError) } : r);
  // A synchronous execution stays synchronous: shared results are then written in the publisher's turn.
  return isPromise(result) ? result.then(mask) : mask(result);
}
