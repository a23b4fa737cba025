// What the SDK puts on the wire for a typed document: its text, printed once per document and
// cached, and the trusted-document hash codegen embedded in it (`__meta__.hash`, the key of the
// document in persisted-documents.json), sent as `extensions.persistedQuery.sha256Hash`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

/** How operations are sent; see "Trusted documents" in client/README.md. */
export type DocumentSendMode = 'text-and-hash' | 'hash';

export interface OperationPayload {
  query: string;
  variables: Record<string, unknown>;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

const printed = new WeakMap<DocumentNode, string>();

/** The document's text, printed with graphql's `print` on first use. */
export function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The trusted-document hash codegen embedded in the document, if any. */
export function getDocumentHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * The request body for `document`. With mode `hash` the text is left out (empty `query`, which
 * graphql-ws requires to be a string) and the server takes the text from its manifest; documents
 * without a hash (written by hand, not by codegen) always go as text.
 */
export function toOperationPayload(document: TypedDocumentNode<unknown, any>, variables: unknown, mode: DocumentSendMode): OperationPayload {
  const hash = getDocumentHash(document);
  const payload: OperationPayload = { query: hash && mode === 'hash' ? '' : printDocument(document), variables: (variables ?? {}) as Record<string, unknown> };
  if (hash) payload.extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  return payload;
}
