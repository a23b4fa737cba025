// Against a server that runs only trusted documents (graphql.trustedDocumentsOnly): urql's
// persistedExchange and Apollo's persisted-query link send the hash codegen embedded in each
// document (getDocumentHash) instead of the text, and the server runs the manifest's text.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { getDocumentHash } from '@kefu/client';
import { ConversationHistoryDocument, SendMessageDocument } from '@kefu/client/documents';
import { authorization, env, report } from './kefu-env.js';

const hashOf = (document: Parameters<typeof getDocumentHash>[0]) => {
  const hash = getDocumentHash(document);
  if (!hash) throw new Error('This document has no trusted-document hash.');
  return hash;
};

const urql = new Client({
  url: env.url,
  preferGetMethod: false,
  fetchOptions: { headers: { authorization } },
  exchanges: [persistedExchange({ preferGetForPersistedQueries: false, enforcePersistedQueries: true, generateHash: async (_query, document) => hashOf(document) }), fetchExchange],
});
const queried = await urql.query(ConversationHistoryDocument, { id: env.conversationId, last: 10 }).toPromise();
if (queried.error) throw queried.error;

const apollo = new ApolloClient({
  link: new PersistedQueryLink({ generateHash: hashOf }).concat(new HttpLink({ uri: env.url, headers: { authorization } })),
  cache: new InMemoryCache(),
});
const sent = await apollo.mutate({ mutation: SendMessageDocument, variables: { input: { conversationId: env.conversationId, body: 'via apollo, by hash', clientMessageId: crypto.randomUUID() } } });
const sentSeq = sent.data!.sendMessage.message.seq;
report({ client: 'trusted-only', queriedLastSeq: queried.data!.conversation!.lastSeq, sentSeq, resumed: [] });
