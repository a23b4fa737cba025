// The Kefu SDK entry point: typed GraphQL over fetch and graphql-ws, resumable conversation
// streams, an outbox for sendMessage, and the connection state for the UI. See client/README.md.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { toAuthProvider, type AuthProvider } from './auth-provider.ts';
import { resolveRetryOptions, type RetryOptions } from './backoff.ts';
import { createConnectionState, watchPlatformNetwork, type ConnectionStateObservable } from './connection-state.ts';
import { createAttachmentUploader, resolveAttachmentUrl, type Attachment } from './upload-attachment.ts';
import { followConversation, type ConversationFollower, type FollowConversationOptions } from './follow-conversation.ts';
import { SendMessageDocument, type PostbackInput, type RichContentInput, type RichFormSubmissionInput } from './generated/graphql.ts';
import { createHttpRequest, type RequestFn } from './http-request.ts';
import { KefuClientError, toKefuClientError, toSocketError } from './kefu-client-error.ts';
import { toOperationPayload, type DocumentSendMode } from './operation-payload.ts';
import { createClientMessageId, createMemoryStorage, createOutbox, type KefuStorage, type Outbox, type SendMessageResult } from './outbox.ts';
import { createWebSocketClient } from './websocket-client.ts';

export interface KefuClientOptions {
  /** The GraphQL HTTP endpoint, e.g. `https://kefu.example.com/graphql`. */
  url: string;
  /** The WebSocket endpoint. @default `url` with http(s) replaced by ws(s) */
  wsUrl?: string;
  /** The bearer token, or a function returning it (called per request and per connect). @default no token */
  auth?: string | AuthProvider | null;
  /** A WebSocket constructor; Node 20 has none, so pass `ws`'s default export there. @default globalThis.WebSocket */
  webSocketImpl?: unknown;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where the outbox keeps unsent messages; pass `localStorage` so they survive a reload. @default in memory */
  storage?: KefuStorage;
  /** Storage key of the outbox; give each signed-in identity its own. @default 'kefu:outbox' */
  outboxKey?: string;
  /** Backoff for reconnects, resubscriptions and sends. */
  retry?: RetryOptions;
  /** Open the WebSocket only while something is subscribed. @default true */
  isLazy?: boolean;
  /** Messages loaded when a stream asks for a resync. @default 50 */
  resyncPageSize?: number;
  /**
   * `'hash'` sends codegen documents by their trusted-document hash only
   * (`extensions.persistedQuery.sha256Hash`, no text), for a server with `graphql.trustedDocuments`
   * set; `'text-and-hash'` sends both, which any Kefu server accepts. @default 'text-and-hash'
   */
  documentMode?: DocumentSendMode;
}

export interface SendMessageInput {
  conversationId: string;
  /** Text; may be empty when attachmentIds has files. */
  body: string;
  /** Files uploaded with uploadAttachment and not sent yet. */
  attachmentIds?: string[];
  /** Staff only: an internal note the visitor never sees. */
  internal?: boolean;
  /** Agents and bots: quick replies, cards or a form (body is the plain-text fallback). */
  rich?: RichContentInput;
  /** The button a visitor chose: its postback, and the rich message it answers. */
  postback?: PostbackInput;
  /** The values a visitor entered in a form message. */
  formSubmission?: RichFormSubmissionInput;
}

export interface SubscriptionSink<TResult> {
  next(data: TResult): void;
  error?(error: KefuClientError): void;
  complete?(): void;
}

export interface KefuClient {
  /** Runs a query or mutation over HTTP; throws KefuClientError. */
  request: RequestFn;
  /** A raw subscription: reconnects after drops, but without resume (use followConversation for that). Returns stop. */
  subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, sink: SubscriptionSink<TResult>): () => void;
  /** Follows a conversation: each message once, in seq order, across reconnects and resyncs. */
  followConversation(conversationId: string, options: FollowConversationOptions): ConversationFollower;
  /**
   * Sends a message with a new clientMessageId. It is put in the outbox first and retried with
   * backoff until the server stores it (once, however often it is retried) or refuses it
   * (e.g. CONVERSATION_CLOSED). Resolves with the stored message.
   */
  sendMessage(input: SendMessageInput): Promise<SendMessageResult>;
  /** Uploads a file (multipart over HTTP) to send with sendMessage({ attachmentIds }). Not queued offline. */
  uploadAttachment(conversationId: string, file: Blob, fileName?: string): Promise<Attachment>;
  /** An attachment's url or thumbnailUrl as an absolute URL on this server. */
  attachmentUrl(path: string): string;
  /** Messages waiting to be stored, including ones left by an earlier page with the same storage. */
  outbox: Outbox;
  /** connecting | connected | reconnecting | offline, for the UI. */
  state: ConnectionStateObservable;
  /** Stops streams and sends (the outbox keeps what is unsent) and closes the socket. */
  close(): Promise<void>;
}

export function createKefuClient(options: KefuClientOptions): KefuClient {
  const retry = resolveRetryOptions(options.retry);
  const auth = toAuthProvider(options.auth);
  const state = createConnectionState(retry.offlineAfterAttempts);
  const documentMode = options.documentMode ?? 'text-and-hash';
  const request = createHttpRequest({ url: options.url, auth, fetch: options.fetch ?? globalThis.fetch.bind(globalThis), state, documentMode });
  // Made on first use, so an HTTP-only client (e.g. a bench sender on Node) needs no WebSocket.
  let socket: Client | undefined;
  const getSocket = () =>
    (socket ??= createWebSocketClient({
      wsUrl: options.wsUrl ?? options.url.replace(/^http/, 'ws'),
      auth,
      webSocketImpl: options.webSocketImpl,
      retry,
      state,
      isLazy: options.isLazy ?? true,
    }));
  if (options.isLazy === false) getSocket();
  const outbox = createOutbox({
    storage: options.storage ?? createMemoryStorage(),
    storageKey: options.outboxKey ?? 'kefu:outbox',
    retry,
    send: async ({ conversationId, body, internal, clientMessageId, rich, postback, formSubmission, attachmentIds }) =>
      (
        await request(SendMessageDocument, {
          input: { conversationId, body, clientMessageId, ...(internal ? { internal } : {}), ...(rich ? { rich } : {}), ...(postback ? { postback } : {}), ...(formSubmission ? { formSubmission } : {}), ...(attachmentIds?.length ? { attachmentIds } : {}) },
        })
      ).sendMessage,
  });
  const followers = new Set<ConversationFollower>();
  const subscriptions = new Set<() => void>();
  let isClosed = false;
  // After close() a stream would open a socket nothing disposes (it keeps Node alive): refuse it.
  const refuseClosed = (onError: ((error: KefuClientError) => void) | undefined) => {
    queueMicrotask(() => onError?.(new KefuClientError('CLIENT_CLOSED', 'This client is closed; create a new one to subscribe.')));
  };
  const stopWatching = [state.onRecovered(outbox.wake), watchPlatformNetwork(state, outbox.wake)];
  // Messages left by an earlier page (same storage) go out now.
  outbox.wake();

  return {
    request,
    subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, sink: SubscriptionSink<TResult>) {
      if (isClosed) {
        refuseClosed(sink.error?.bind(sink));
        return () => {};
      }
      const unsubscribe = getSocket().subscribe<TResult>(
        toOperationPayload(document, variables, documentMode),
        {
          next: (result) => (result.errors?.length ? sink.error?.(toKefuClientError(result.errors)) : sink.next(result.data as TResult)),
          error: (error) => sink.error?.(toSocketError(error)),
          complete: () => sink.complete?.(),
        },
      );
      const stop = () => {
        subscriptions.delete(stop);
        unsubscribe();
      };
      subscriptions.add(stop);
      return stop;
    },
    followConversation(conversationId, followOptions) {
      if (isClosed) {
        refuseClosed(followOptions.onError?.bind(followOptions));
        return { lastSeq: followOptions.afterSeq, stop() {} };
      }
      const follower = followConversation({ socket: getSocket, request, retry, resyncPageSize: options.resyncPageSize ?? 50, documentMode }, conversationId, followOptions);
      followers.add(follower);
      return {
        get lastSeq() {
          return follower.lastSeq;
        },
        stop() {
          followers.delete(follower);
          follower.stop();
        },
      };
    },
    sendMessage: (input) => outbox.enqueue({ ...input, clientMessageId: createClientMessageId(), queuedAt: new Date().toISOString() }),
    uploadAttachment: createAttachmentUploader({ url: options.url, auth, fetch: options.fetch ?? globalThis.fetch.bind(globalThis), documentMode }),
    attachmentUrl: (path) => resolveAttachmentUrl(options.url, path),
    outbox: { list: outbox.list, flush: outbox.flush, on: outbox.on },
    state: {
      get current() {
        return state.current;
      },
      onChange: state.onChange,
    },
    async close() {
      isClosed = true;
      for (const stop of stopWatching) stop();
      for (const follower of followers) follower.stop();
      followers.clear();
      for (const stop of [...subscriptions]) stop();
      outbox.close();
      await socket?.dispose();
    },
  };
}
