// Execute once, write to many. Subscribers whose operation is the same
// (topic, audience, document, operationName, variables minus the resume cursor) share one
// GraphQL execution and one JSON serialisation per event; each socket then gets that payload in
// its own graphql-ws `next` frame (only the client-chosen operation id differs), so clients see
// exactly the normal protocol. Each subscriber keeps its own source stream (its own replay and
// position), so sharing never changes what or when a subscriber receives.
// Each event is executed with graphql-js execute(), as graphql-js subscribe() does per subscriber:
// Yoga's executor would treat a subscription document as a new subscription, so unexpected errors
// are masked here the way Yoga masks them (maskUnexpectedErrors).
import { createSourceEventStream, getOperationAST, GraphQLError, Kind, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode } from 'graphql';
import type { Logger } from '../log.ts';
import { isUnexpectedError, maskUnexpectedError } from '../graphql/mask-error.ts';
import type { SharedFrames, SharedPayload } from './graphql-ws/shared-frames.ts';

/** Root subscription fields whose events look the same to every subscriber of one key. */
export interface ShareableField {
  /** Argument that only positions the stream (e.g. afterSeq); its variable is left out of the key. */
  cursorArg?: string;
}

export interface SharedExecutionOptions {
  fields: Record<string, ShareableField>;
  /** Serialises each event's result once for all the subscribers' frames. */
  frames: SharedFrames;
  /** Results kept per key for subscribers that are a few events behind the others. */
  recentPerKey?: number;
  onExecute?: () => void;
  onShare?: () => void;
}

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

interface Group {
  subscribers: number;
  recent: Map<string, Promise<SharedPayload>>;
}

export interface SharedExecution {
  /** The share key of a validated operation for callers of this audience, or null if it is not shareable. */
  keyOf(args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>, query: string, audience: string): string | null;
  /** Like graphql's subscribe(), but each event's result is computed and serialised once per key. */
  subscribe(args: ExecutionArgs, key: string, execute: Execute): Promise<AsyncGenerator<SharedPayload> | ExecutionResult>;
  groupCount(): number;
}

export function createSharedExecution({ fields, frames, recentPerKey = 8, onExecute, onShare }: SharedExecutionOptions): SharedExecution {
  const groups = new Map<string, Group>();

  const render = (group: Group, event: unknown, args: ExecutionArgs, execute: Execute): Promise<SharedPayload> => {
    const eventId = eventIdOf(event);
    const cached = group.recent.get(eventId);
    if (cached) {
      onShare?.();
      return cached;
    }
    onExecute?.();
    const result = Promise.resolve(execute({ ...args, rootValue: event })).then(frames.share);
    if (group.subscribers > 1) {
      group.recent.set(eventId, result);
      if (group.recent.size > recentPerKey) group.recent.delete(group.recent.keys().next().value!);
    }
    return result;
  };

  return {
    keyOf({ document, operationName, variableValues }, query, audience) {
      const operation = getOperationAST(document, operationName);
      if (operation?.operation !== 'subscription') return null;
      const selections = operation.selectionSet.selections;
      const field = selections.length === 1 && selections[0]!.kind === Kind.FIELD ? selections[0] : null;
      const shareable = field ? fields[field.name.value] : undefined;
      if (!field || !shareable || field.directives?.length) return null;
      const cursorVariable = cursorVariableOf(field, shareable.cursorArg);
      const isCursorOnlyThere = cursorVariable !== null && countVariableUses(document, cursorVariable) === 1;
      const variables = Object.entries(variableValues ?? {})
        .filter(([name]) => !(isCursorOnlyThere && name === cursorVariable))
        .sort(([a], [b]) => (a < b ? -1 : 1));
      return JSON.stringify([audience, query, operationName ?? null, variables]);
    },

    async subscribe(args, key, execute) {
      const source = await createSourceEventStream(args);
      if (!isAsyncIterable(source)) return source as ExecutionResult;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { subscribers: 0, recent: new Map() }));
      group.subscribers++;
      const joined = group;
      let isReleased = false;
      const release = () => {
        if (isReleased) return;
        isReleased = true;
        if (--joined.subscribers === 0 && groups.get(key) === joined) groups.delete(key);
      };
      const iterator = source[Symbol.asyncIterator]() as AsyncGenerator<unknown>;
      // A hand-written iterator, not an async generator: return() must reach the source at once.
      const stream: AsyncGenerator<SharedPayload> = {
        async next() {
          const step = await iterator.next();
          if (step.done) {
            release();
            return { done: true, value: undefined };
          }
          return { done: false, value: await render(joined, step.value, args, execute) };
        },
        async return() {
          release();
          await iterator.return?.(undefined);
          return { done: true, value: undefined };
        },
        async throw(error: unknown) {
          release();
          await iterator.return?.(undefined);
          throw error;
        },
        [Symbol.asyncIterator]: () => stream,
      } as AsyncGenerator<SharedPayload>;
      return stream;
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
export function maskUnexpectedErrors(result: ExecutionResult | Promise<ExecutionResult>, log: Logger): Promise<ExecutionResult> {
  return Promise.resolve(result).then((r) =>
    r.errors?.some(isUnexpectedError) ? { ...r, errors: r.errors.map((error) => maskUnexpectedError(error, log) as GraphQLError) } : r,
  );
}
