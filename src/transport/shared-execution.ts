// Execute once, write to many. Subscribers whose operation is the same
// (topic, document, operationName, variables minus the resume cursor, and the audience when the
// selection can see it: audience-free-selection.ts) share one GraphQL execution and one JSON
// serialisation per event. Each socket then gets that JSON written straight into its own `next`
// frame (only the client-chosen operation id differs), so clients see exactly the normal
// protocol, and nothing waits per subscription or per event (graphql-ws/protocol.ts's push
// subscriptions). Each subscriber keeps its own source stream (its own replay, position,
// internal-note filter and access check), so sharing never changes what or when it receives; a
// source that pushes (events/push-stream.ts, the conversation fan-out) hands each event over in
// the publisher's turn, and a synchronous execution is rendered and written there too.
// Each event is executed with graphql-js execute(), as graphql-js subscribe() does per subscriber:
// Yoga's executor would treat a subscription document as a new subscription, so unexpected errors
// are masked here the way Yoga masks them (maskUnexpectedErrors).
import { createSourceEventStream, getOperationAST, GraphQLError, Kind, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode } from 'graphql';
import type { Logger } from '../log.ts';
import { isUnexpectedError, maskUnexpectedError } from '../graphql/mask-error.ts';
import { contextForOneRun, type GraphQLContext } from '../graphql/context.ts';
import { ATTACH_SINK, isPushStream, type PushSink } from '../events/push-stream.ts';
import { isSelectionAudienceFree } from './audience-free-selection.ts';
import { isPromise, type Execute } from './compiled-execution.ts';
import type { FrameWriter, PushSubscription } from './graphql-ws/protocol.ts';

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


/**
 * One subscriber: a flat record with its methods on one prototype (no closures per subscription;
 * an idle socket keeps it for hours). Events reach it through the source's sink
 * (events/push-stream.ts) or, for any other source, a pump; each is rendered (shared per group) and
 * written in order to its FrameWriter, which it ends when the source ends or fails.
 */
interface Subscriber extends PushSubscription, PushSink<unknown> {
  shared: SharedState;
  group: Group;
  out: FrameWriter;
  source: AsyncGenerator<unknown>;
  /** Writes waiting behind an asynchronous execution, so frames keep the source's order. */
  tail: Promise<void> | null;
  isStopped: boolean;
}

const SUBSCRIBER_METHODS: Omit<Subscriber, keyof SubscriberFields> & ThisType<Subscriber> = {
  isPushSubscription: true,
  start() {
    const source = this.source;
    if (isPushStream(source)) source[ATTACH_SINK](this);
    else void pump(this);
  },
  // As the source's sink (events/push-stream.ts).
  next(event: unknown) {
    onEvent(this, event);
  },
  end(error?: Error) {
    onEnd(this, error);
  },
  async return() {
    stop(this);
    await this.source.return?.(undefined);
  },
};

type SubscriberFields = Pick<Subscriber, 'shared' | 'group' | 'out' | 'source' | 'tail' | 'isStopped'>;

function onEvent(subscriber: Subscriber, event: unknown): void {
  if (subscriber.isStopped) return;
  const json = subscriber.shared.render(subscriber.group, event);
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
    (error: unknown) => finish(subscriber, error ?? new Error('The subscription stream failed')),
  );
  subscriber.tail = tail;
}

function write(subscriber: Subscriber, json: string): void {
  subscriber.out.write(`${subscriber.out.framePrefix}${json}}`);
}

/** The source ended: after the writes still waiting, the operation completes (or fails with `error`). */
function onEnd(subscriber: Subscriber, error: unknown): void {
  if (subscriber.tail) void subscriber.tail.then(() => finish(subscriber, error));
  else finish(subscriber, error);
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

/** Ends the operation: `complete`, or `error` when the source failed or an event could not be rendered (the source is then released). */
function finish(subscriber: Subscriber, error: unknown): void {
  if (subscriber.isStopped) return;
  stop(subscriber);
  subscriber.out.end(error);
  if (error !== undefined) void subscriber.source.return?.(undefined);
}

function stop(subscriber: Subscriber): void {
  if (subscriber.isStopped) return;
  subscriber.isStopped = true;
  subscriber.tail = null;
  const { group, shared } = subscriber;
  if (--group.subscribers === 0 && shared.groups.get(group.key) === group) shared.groups.delete(group.key);
}

interface Group {
  /** The share key, kept once here: each subscriber reaches it through its group. */
  key: string;
  /**
   * How every event of the group is executed: with its first subscriber's arguments. The others'
   * differ only in the resume cursor and in who they are, which the key says cannot change the
   * result (its JSON is shared with all of them anyway).
   */
  args: ExecutionArgs;
  execute: Execute;
  subscribers: number;
  recent: Map<string, string | Promise<string>>;
}

interface SharedState {
  groups: Map<string, Group>;
  render(group: Group, event: unknown): string | Promise<string>;
}

export interface SharedExecution {
  /** The share key of a validated operation for callers of this audience, or null if it is not shareable. */
  keyOf(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>, query: string, audience: string): string | null;
  /**
   * Like graphql's subscribe(), but each event's result is computed and serialised once per key and
   * written to `out` directly, from start() until the source ends (`out.end`) or return() stops it.
   */
  subscribe(args: ExecutionArgs, key: string, execute: Execute, out: FrameWriter): Promise<PushSubscription | ExecutionResult>;
  groupCount(): number;
}

export function createSharedExecution({ fields, recentPerKey = 8, onExecute, onShare }: SharedExecutionOptions): SharedExecution {
  const groups = new Map<string, Group>();
  // Documents are interned by their text, so keys name a small number instead of the whole query
  // (bounded: a text forgotten and seen again gets a new number, which only forgoes some sharing).
  const documents = new Map<string, number>();
  let nextDocumentId = 0;

  const render = (group: Group, event: unknown): string | Promise<string> => {
    const eventId = eventIdOf(event);
    const cached = group.recent.get(eventId);
    if (cached) {
      onShare?.();
      return cached;
    }
    onExecute?.();
    const { args } = group;
    const executed = group.execute({ ...args, rootValue: event, contextValue: contextForOneRun(args.contextValue as GraphQLContext) });
    const result = isPromise(executed) ? executed.then((r) => JSON.stringify(r)) : JSON.stringify(executed);
    if (group.subscribers > 1) {
      group.recent.set(eventId, result);
      if (group.recent.size > recentPerKey) group.recent.delete(group.recent.keys().next().value!);
    }
    return result;
  };

  const documentIdOf = (query: string) => {
    let id = documents.get(query);
    if (id === undefined) {
      documents.set(query, (id = nextDocumentId++));
      if (documents.size > MAX_INTERNED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    }
    return id;
  };

  const shared: SharedState = { groups, render };
  return {
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
      const documentId = documentIdOf(query);
      const isAudienceFree = isSelectionAudienceFree(schema, document, rootField, field.selectionSet);
      const key = JSON.stringify([isAudienceFree ? '*' : audience, documentId, operationName ?? null, variables]);
      // The group's copy when there is one: each subscription keeps its key for its life.
      return groups.get(key)?.key ?? key;
    },

    async subscribe(args, key, execute, out) {
      const source = await createSourceEventStream({ ...args, contextValue: contextForOneRun(args.contextValue as GraphQLContext) });
      if (!isAsyncIterable(source)) return source as ExecutionResult;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, args, execute, subscribers: 0, recent: new Map() }));
      group.subscribers++;
      const subscriber = Object.create(SUBSCRIBER_METHODS) as Subscriber;
      subscriber.shared = shared;
      subscriber.group = group;
      subscriber.out = out;
      subscriber.source = source[Symbol.asyncIterator]() as AsyncGenerator<unknown>;
      subscriber.tail = null;
      subscriber.isStopped = false;
      return subscriber;
    },

    groupCount: () => groups.size,
  };
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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

/** Errors that are not GraphQLErrors (bugs, driver errors) reach clients as INTERNAL_SERVER_ERROR, as over HTTP. */
export function maskUnexpectedErrors(result: ExecutionResult | Promise<ExecutionResult>, log: Logger): ExecutionResult | Promise<ExecutionResult> {
  const mask = (r: ExecutionResult) => (r.errors?.some(isUnexpectedError) ? { ...r, errors: r.errors.map((error) => maskUnexpectedError(error, log) as GraphQLError) } : r);
  // A synchronous execution stays synchronous: shared results are then written in the publisher's turn.
  return isPromise(result) ? result.then(mask) : mask(result);
}
