// Resumable conversation stream. Delivers each message once, in seq order: resubscribes after any
// drop from the last seq seen (not the last contiguous one: visitors never see internal notes, so
// their seqs have gaps), and on ResyncRequired reloads the newest history page and continues.
import type { Client } from 'graphql-ws';
import { computeBackoffMs, createWakeableDelay, type ResolvedRetryOptions, type WakeableDelay } from './backoff.ts';
import {
  ConversationEventsDocument,
  ConversationHistoryDocument,
  ConversationLastSeqDocument,
  type ConversationEventsSubscription,
  type MessageFieldsFragment,
} from './generated/graphql.ts';
import type { RequestFn } from './http-request.ts';
import { KefuClientError, toKefuClientError, toSocketError } from './kefu-client-error.ts';
import { toOperationPayload, type DocumentSendMode } from './operation-payload.ts';

export type ConversationMessage = MessageFieldsFragment;

export interface FollowConversationOptions {
  /** seq of the newest message the caller already has; everything after it is replayed first. @default the conversation's lastSeq now (only new messages) */
  afterSeq?: number;
  /** Receives each message once, in seq order. */
  onMessage(message: ConversationMessage): void;
  /**
   * Too much was missed to replay (the server sent ResyncRequired): `messages` is the newest page
   * of history, to show instead of what is on screen. Following continues after its last seq.
   * @default the page's messages newer than the last one seen go to onMessage (there may be a gap before them)
   */
  onResync?(resync: { latestSeq: number; messages: ConversationMessage[] }): void;
  /** A non-retryable error ended the follow, e.g. FORBIDDEN after the conversation was reassigned. */
  onError?(error: KefuClientError): void;
}

export interface ConversationFollower {
  /** seq of the last message delivered, or the starting point; undefined until known. */
  readonly lastSeq: number | undefined;
  /** Stops following; no callback runs afterwards. */
  stop(): void;
}

export interface FollowDeps {
  socket(): Client;
  request: RequestFn;
  retry: ResolvedRetryOptions;
  /** Messages loaded on ResyncRequired. */
  resyncPageSize: number;
  documentMode: DocumentSendMode;
}

export function followConversation(deps: FollowDeps, conversationId: string, options: FollowConversationOptions): ConversationFollower {
  let lastSeq = options.afterSeq;
  let isStopped = false;
  let attempt = 0;
  let unsubscribe = () => {};
  let delay: WakeableDelay | undefined;

  const retryLater = async () => {
    delay = createWakeableDelay(computeBackoffMs(attempt++, deps.retry));
    await delay.promise;
    if (!isStopped) await start();
  };

  const handleError = (error: unknown) => {
    if (isStopped) return;
    const kefuError = error instanceof KefuClientError ? error : toSocketError(error);
    if (kefuError.isRetryable) return void retryLater();
    isStopped = true;
    options.onError?.(kefuError);
  };

  const loadConversation = async <T>(load: () => Promise<{ conversation: T | null }>): Promise<T> => {
    const { conversation } = await load();
    if (!conversation) throw new KefuClientError('NOT_FOUND', `Conversation ${conversationId} does not exist or is not visible to this token.`);
    return conversation;
  };

  const resync = async (latestSeq: number) => {
    try {
      const conversation = await loadConversation(() => deps.request(ConversationHistoryDocument, { id: conversationId, last: deps.resyncPageSize }));
      if (isStopped) return;
      const messages = conversation.messages.edges.map((edge) => edge.node);
      const previous = lastSeq ?? -1;
      lastSeq = messages.at(-1)?.seq ?? latestSeq;
      if (options.onResync) options.onResync({ latestSeq, messages });
      else for (const message of messages) if (message.seq > previous) options.onMessage(message);
      subscribeFrom(lastSeq);
    } catch (error) {
      handleError(error);
    }
  };

  const subscribeFrom = (afterSeq: number) => {
    // graphql-ws sends this same payload object again whenever it resubscribes after a reconnect,
    // so keeping afterSeq current here makes every automatic resubscription resume where we are.
    const variables = { conversationId, afterSeq };
    let resyncAt: number | undefined;
    let isSettled = false;
    // An error or the end of this subscription leads to exactly one next step.
    const settle = (next: () => void) => {
      if (isSettled || isStopped) return;
      isSettled = true;
      unsubscribe();
      next();
    };
    unsubscribe = deps.socket().subscribe<ConversationEventsSubscription>(
      toOperationPayload(ConversationEventsDocument, variables, deps.documentMode),
      {
        next: (result) => {
          if (isSettled || isStopped) return;
          if (result.errors?.length) return settle(() => handleError(toKefuClientError(result.errors!)));
          const event = result.data?.conversationEvents;
          if (!event) return;
          attempt = 0;
          if (event.__typename === 'ResyncRequired') {
            resyncAt = event.latestSeq;
            return;
          }
          if (lastSeq !== undefined && event.seq <= lastSeq) return;
          lastSeq = variables.afterSeq = event.seq;
          options.onMessage(event);
        },
        error: (error) => settle(() => handleError(error)),
        complete: () => settle(() => (resyncAt !== undefined ? void resync(resyncAt) : void retryLater())),
      },
    );
  };

  const start = async () => {
    try {
      if (lastSeq === undefined) {
        const conversation = await loadConversation(() => deps.request(ConversationLastSeqDocument, { id: conversationId }));
        lastSeq ??= conversation.lastSeq;
      }
      if (!isStopped) subscribeFrom(lastSeq);
    } catch (error) {
      handleError(error);
    }
  };

  void start();
  return {
    get lastSeq() {
      return lastSeq;
    },
    stop() {
      isStopped = true;
      unsubscribe();
      delay?.wake();
    },
  };
}
