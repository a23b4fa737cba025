// The resumable conversation stream (contract: schema/PROTOCOL.md), fanned out per worker: one
// bus listener per conversation topic feeds every stream of it in this process (issue 19,
// events/topic-fan-out.ts).
// Each stream subscribes live first and buffers, then replays seq > afterSeq from storage, then
// streams live, dropping seq ≤ last sent. A live event whose prevSeq (prevVisitorSeq for
// visitors) is beyond what was sent reveals a missed publish, or one published out of seq order
// (the bot hands off before publishing); the gap is read from storage, and so is everything after
// a bus gap (reconnect). A stream is a flat record with its methods on one shared prototype, not
// a generator, queue, AbortController and listener of its own: an idle socket holds it for hours,
// tens of thousands per worker. While it is in step, a live event goes to it without a promise,
// and with a sink attached (events/push-stream.ts) straight to the consumer.
import { canSeeInternal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { markSpan } from '../tracing/in-span.ts';
import { ATTACH_SINK, type PushSink, type PushStream } from '../events/push-stream.ts';
import type { FanOutHandlers, TopicMembers } from '../events/topic-fan-out.ts';
import { topics, type ConversationEventPayload, type MessageJson } from '../events/topics.ts';
import { findAccessibleConversation } from './find-accessible-conversation.ts';
import { accessLostError, isAccessLostBy } from './watch-conversation-access.ts';
import { toMessageJson } from './append-event.ts';
import { readLastSeq } from '../storage/sql/conversation.ts';
import { readMessagesAfter } from '../storage/sql/message.ts';

export interface ResyncRequired {
  conversationId: string;
  afterSeq: number;
  latestSeq: number;
}

export type ConversationStreamItem = MessageJson | ResyncRequired;

type Scope = { id: string; workspaceId: string; visitorId: string };
type Conversation = TopicMembers<Stream, Scope>;

const GAP = Symbol('bus gap');
type Pending = ConversationEventPayload | typeof GAP;
const DONE = Symbol('done');

interface Stream extends PushStream<ConversationStreamItem> {
  deps: Deps;
  principal: Principal | null;
  seesInternal: boolean;
  /** The conversation's members once joined; its `shared` is the conversation's scope. */
  topic: Conversation | null;
  lastSent: number;
  /** Live events (and gaps) waiting behind a storage read; null while none ever waited. */
  pending: Pending[] | null;
  /** A storage read (start, replay, gap fill) is under way: live events wait in `pending`. */
  isBusy: boolean;
  /** The consumer's callback, once attached: items skip `ready` and `waiter`. */
  sink: PushSink<ConversationStreamItem> | null;
  /** Items the consumer has not taken yet. */
  ready: ConversationStreamItem[] | null;
  /** The consumer's pending next(). */
  waiter: ((result: IteratorResult<ConversationStreamItem> | PromiseLike<IteratorResult<ConversationStreamItem>>) => void) | null;
  /** Set once the stream stops taking events; the consumer still gets `ready` first. */
  end: typeof DONE | Error | null;
}

/** Live events that may wait behind one storage read (start, replay, gap fill) before the stream gives up. */
const MAX_BUFFERED_EVENTS = 1000;

const STREAM_METHODS = {
  next(this: Stream): Promise<IteratorResult<ConversationStreamItem>> {
    const item = this.ready?.shift();
    if (item) return Promise.resolve({ value: item, done: false });
    if (this.end) return takeEnd(this);
    return new Promise((resolve) => (this.waiter = resolve));
  },
  return(this: Stream): Promise<IteratorResult<ConversationStreamItem>> {
    stop(this, DONE);
    this.ready = null;
    return Promise.resolve({ value: undefined, done: true });
  },
  throw(this: Stream, error: unknown): Promise<IteratorResult<ConversationStreamItem>> {
    stop(this, DONE);
    this.ready = null;
    return Promise.reject(error);
  },
  [Symbol.asyncIterator](this: Stream) {
    return this;
  },
  [ATTACH_SINK](this: Stream, sink: PushSink<ConversationStreamItem>): void {
    const ready = this.ready;
    this.ready = null;
    this.sink = sink;
    for (const item of ready ?? []) if (this.sink === sink) push(this, item);
    if (this.end && this.sink === sink) {
      this.sink = null;
      sink.end(this.end instanceof Error ? this.end : undefined);
    }
  },
};

const HANDLERS: FanOutHandlers<'conversation', Stream> = { event: accept, gap: (stream) => accept(stream, GAP) };

/** The stream; stopping it (return()) leaves its topic at once, even while idle. */
export function streamConversationEvents(deps: Deps, principal: Principal | null, args: { conversationId: string; afterSeq?: number | null }): PushStream<ConversationStreamItem> {
  const stream = Object.create(STREAM_METHODS) as Stream;
  stream.deps = deps;
  stream.principal = principal;
  stream.seesInternal = canSeeInternal(principal);
  stream.topic = null;
  stream.lastSent = 0;
  stream.pending = null;
  stream.isBusy = true;
  stream.sink = null;
  stream.ready = null;
  stream.waiter = null;
  stream.end = null;
  void catchUp(stream, () => start(stream, args));
  return stream;
}

/** Access check, joining the topic, then the resume from storage (or the latest seq without afterSeq). */
async function start(stream: Stream, args: { conversationId: string; afterSeq?: number | null }): Promise<void> {
  const { deps } = stream;
  const { id, workspaceId, visitorId } = await findAccessibleConversation(deps, stream.principal, args.conversationId);
  if (stream.end) return;
  stream.topic = deps.fanOut.join(topics.conversation(id), stream, HANDLERS, { id, workspaceId, visitorId });
  await stream.topic.subscribed;
  if (stream.end) return;
  const latestSeq = await readLastSeq(deps.sql, id);
  stream.lastSent = args.afterSeq ?? latestSeq;
  if (args.afterSeq == null || stream.end) return;
  const replayLimit = deps.config.realtime.replayLimit;
  const backlog = stream.lastSent > latestSeq ? null : stream.lastSent === latestSeq ? [] : await readAfter(stream, stream.lastSent);
  if (!backlog || backlog.length > replayLimit) {
    deps.metrics.resumes.inc({ recovered: 'false' });
    push(stream, { conversationId: id, afterSeq: stream.lastSent, latestSeq });
    stop(stream, DONE);
    return;
  }
  deps.metrics.resumes.inc({ recovered: 'true' });
  // As before the dispatcher: the backlog is what the caller may see now, without an access check per event.
  for (const message of backlog) {
    if (stream.end) return;
    deps.metrics.deliveries.inc();
    push(stream, message);
    stream.lastSent = message.seq;
  }
}

/** A live event or a bus gap for one stream: delivered at once when in step, else behind a storage read. */
function accept(stream: Stream, item: Pending): void {
  if (stream.end) return;
  if (!stream.isBusy && item !== GAP && previousSeqOf(stream, item) <= stream.lastSent) {
    // This runs inside the publisher's bus.publish: a failure ends this stream, not the publish.
    try {
      deliverLive(stream, item);
    } catch (error) {
      stop(stream, error instanceof Error ? error : new Error(String(error)));
    }
    return;
  }
  if ((stream.pending?.length ?? 0) >= MAX_BUFFERED_EVENTS) {
    stop(stream, fellBehind());
    return;
  }
  (stream.pending ??= []).push(item);
  if (!stream.isBusy) {
    stream.isBusy = true;
    void catchUp(stream, async () => {});
  }
}

/** Runs `first` (the start, or nothing), then every pending item in order; live events wait meanwhile. */
async function catchUp(stream: Stream, first: () => Promise<void>): Promise<void> {
  try {
    await first();
    for (let item = stream.pending?.shift(); item !== undefined && !stream.end; item = stream.pending?.shift()) {
      const missed =
        item === GAP
          ? await readAfter(stream, stream.lastSent)
          : previousSeqOf(stream, item) > stream.lastSent
            ? await readAfter(stream, stream.lastSent, item.message.seq)
            : [];
      if (stream.end) break;
      if (missed.length > 0) stream.deps.metrics.gapFills.inc(missed.length);
      for (const message of missed) if (!stream.end) deliver(stream, message, undefined);
      if (item !== GAP && !stream.end) deliverLive(stream, item);
    }
  } catch (error) {
    stop(stream, error instanceof Error ? error : new Error(String(error)));
  } finally {
    stream.isBusy = false;
  }
}

function deliverLive(stream: Stream, payload: ConversationEventPayload): void {
  if (stream.seesInternal || !payload.message.internal) deliver(stream, payload.message, payload);
}

/** Sends `message` unless already sent; an assignment away from the caller ends the stream instead. */
function deliver(stream: Stream, message: MessageJson, live: ConversationEventPayload | undefined): void {
  if (message.seq <= stream.lastSent) return;
  if (isAccessLostBy(stream.principal, stream.topic!.shared, message)) {
    stop(stream, accessLostError());
    return;
  }
  const { metrics } = stream.deps;
  metrics.deliveries.inc();
  if (live) {
    metrics.deliveryLatency.observe((Date.now() - Date.parse(message.createdAt)) / 1000);
    if (live.traceparent) markSpan('kefu.message.deliver', live.traceparent, { 'kefu.conversation_id': message.conversationId, 'kefu.seq': message.seq });
  }
  push(stream, message);
  stream.lastSent = message.seq;
}

function previousSeqOf(stream: Stream, payload: ConversationEventPayload): number {
  return stream.seesInternal ? payload.prevSeq : payload.prevVisitorSeq;
}

async function readAfter(stream: Stream, afterSeq: number, beforeSeq?: number): Promise<MessageJson[]> {
  const { deps } = stream;
  const conversationId = stream.topic!.shared.id;
  const limit = deps.config.realtime.replayLimit + 1;
  return (await readMessagesAfter(deps.sql, { conversationId, afterSeq, beforeSeq, includeInternal: stream.seesInternal, limit })).map(toMessageJson);
}

function push(stream: Stream, item: ConversationStreamItem): void {
  if (stream.sink) {
    try {
      stream.sink.next(item);
    } catch (error) {
      stop(stream, error instanceof Error ? error : new Error(String(error)));
    }
    return;
  }
  const waiter = stream.waiter;
  if (waiter) {
    stream.waiter = null;
    waiter({ value: item, done: false });
    return;
  }
  const ready = (stream.ready ??= []);
  // Room for a whole resume backlog plus as many live events as may wait behind a storage read.
  if (ready.length >= stream.deps.config.realtime.replayLimit + MAX_BUFFERED_EVENTS) stop(stream, fellBehind());
  else ready.push(item);
}

function fellBehind(): KefuError {
  return new KefuError('RATE_LIMITED', 'This subscription fell too far behind; resubscribe with afterSeq to resume.');
}

/** Leaves the topic (its bus listener goes with the last stream) and ends the stream after what is ready. */
function stop(stream: Stream, end: typeof DONE | Error): void {
  if (stream.end) return;
  stream.end = end;
  stream.pending = null;
  if (stream.topic) stream.deps.fanOut.leave(topics.conversation(stream.topic.shared.id), stream.topic, stream);
  const sink = stream.sink;
  if (sink) {
    stream.sink = null;
    sink.end(end instanceof Error ? end : undefined);
    return;
  }
  const waiter = stream.waiter;
  if (waiter) {
    stream.waiter = null;
    waiter(takeEnd(stream));
  }
}

/** The end for the consumer, once: the error (then done), or done. */
function takeEnd(stream: Stream): Promise<IteratorResult<ConversationStreamItem>> {
  const end = stream.end;
  stream.end = DONE;
  stream.ready = null;
  return end instanceof Error ? Promise.reject(end) : Promise.resolve({ value: undefined, done: true });
}
