// Execute once, write to many. Subscribers whose operation is the same
// (topic, document, operationName, variables minus the resume cursor, and the audience when the
// selection can see it: audience-free-selection.ts) share one GraphQL execution and one JSON
// serialisation per event. Each socket then gets that JSON written straight into its own `next`
// frame (only the client-chosen operation id differs), so clients see exactly the normal
// protocol, and graphql-ws sees one pending step for the subscription's whole life instead of a
// promise chain per event. Each subscriber keeps its own source stream (its own replay, position,
// internal-note filter and access check), so sharing never changes what or when it receives.
// Each event is executed with graphql-js execute(), as graphql-js subscribe() does per subscriber:
// Yoga's executor would treat a subscription document as a new subscription, so unexpected errors
// are masked here the way Yoga masks them (maskUnexpectedErrors).
import { createSourceEventStream, getOperationAST, GraphQLError, Kind, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode } from 'graphql';
import type { Logger } from '../log.ts';
import { isUnexpectedError, maskUnexpectedError } from '../graphql/mask-error.ts';
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

/** Where one subscriber's frames go: `frame(json)` is its whole `next` frame around a serialised result. */
export interface FrameWriter {
  /** `{"id":<operation id>,"type":"next","payload":`, built once per subscription. */
  readonly framePrefix: string;
  write(frame: string): void;
}

interface Group {
  subscribers: number;
  recent: Map<string, Promise<string>>;
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

  const render = (group: Group, event: unknown, args: ExecutionArgs, execute: Execute): Promise<string> => {
    const eventId = eventIdOf(event);
    const cached = group.recent.get(eventId);
    if (cached) {
      onShare?.();
      return cached;
    }
    onExecute?.();
    const result = Promise.resolve(execute({ ...args, rootValue: event })).then((r) => JSON.stringify(r));
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
      return JSON.stringify([isAudienceFree ? '*' : audience, documentId, operationName ?? null, variables]);
    },

    async subscribe(args, key, execute, out) {
      const source = await createSourceEventStream(args);
      if (!isAsyncIterable(source)) return source as ExecutionResult;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { subscribers: 0, recent: new Map() }));
      group.subscribers++;
      const joined = group;
      const iterator = source[Symbol.asyncIterator]() as AsyncGenerator<unknown>;
      let isStopped = false;
      let settle!: (error?: unknown) => void;
      const ended = new Promise<IteratorResult<never>>((resolve, reject) => {
        settle = (error) => (error === undefined ? resolve({ done: true, value: undefined }) : reject(error));
      });
      const stop = (error?: unknown) => {
        if (isStopped) return;
        isStopped = true;
        if (--joined.subscribers === 0 && groups.get(key) === joined) groups.delete(key);
        settle(error);
      };
      const pump = async () => {
        try {
          for (;;) {
            const step = await iterator.next();
            if (step.done || isStopped) break;
            const json = await render(joined, step.value, args, execute);
            if (isStopped) break;
            out.write(`${out.framePrefix}${json}}`);
          }
          stop();
        } catch (error) {
          stop(error ?? new Error('The subscription stream failed'));
        }
      };
      let isPumping = false;
      // A hand-written iterator, not an async generator: return() must reach the source at once.
      const stream: AsyncGenerator<never> = {
        // graphql-ws asks once, and only while the operation is still subscribed.
        next() {
          if (!isPumping && !isStopped) void pump();
          isPumping = true;
          return ended;
        },
        async return() {
          stop();
          await iterator.return?.(undefined);
          return { done: true, value: undefined };
        },
        async throw(error: unknown) {
          stop();
          await iterator.return?.(undefined);
          throw error;
        },
        [Symbol.asyncIterator]: () => stream,
      } as AsyncGenerator<never>;
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
