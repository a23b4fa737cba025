// The package's public surface (`@kefu/client`): the SDK and nothing of the widget or console,
// which are apps built on it. Typed documents are the separate entry `@kefu/client/documents`
// (src/generated/graphql.ts). The one re-exporting module of the client: a package needs a
// single, chosen entry point; code inside the repo imports the modules themselves.
export { createKefuClient, type KefuClient, type KefuClientOptions, type SendMessageInput, type SubscriptionSink } from './create-kefu-client.ts';
export type { ConversationFollower, ConversationMessage, FollowConversationOptions } from './follow-conversation.ts';
export { createClientMessageId, createMemoryStorage, type KefuStorage, type Outbox, type OutboxEvent, type OutboxItem, type SendMessageResult } from './outbox.ts';
export type { ConnectionState, ConnectionStateObservable } from './connection-state.ts';
export { resolveAttachmentUrl, type Attachment } from './upload-attachment.ts';
export type { AuthProvider } from './auth-provider.ts';
export type { RetryOptions } from './backoff.ts';
export type { RequestFn, VariablesArgs } from './http-request.ts';
export { KefuClientError, describeError, toKefuClientError, type GraphQLErrorJson } from './kefu-client-error.ts';
export { clientErrorText, getErrorText, isServerErrorCode, serverErrorText, type ClientErrorCode, type KefuErrorCode, type LocalizedText } from './error-messages.ts';
export { getDocumentHash, printDocument, toOperationPayload, type DocumentSendMode, type OperationPayload } from './operation-payload.ts';
