// The SDK itself from the packed package: request, sendMessage through the outbox, and
// followConversation resuming after a seq.
import { expectTypeOf } from 'expect-type';
import WebSocket from 'ws';
import { createKefuClient, type ConnectionState, type ConversationMessage } from '@kefu/client';
import { ConversationHistoryDocument, type ConversationHistoryQuery } from '@kefu/client/documents';
import { env, report } from './kefu-env.js';

const kefu = createKefuClient({ url: env.url, wsUrl: env.wsUrl, auth: env.token, webSocketImpl: WebSocket });
expectTypeOf(kefu.state.current).toEqualTypeOf<ConnectionState>();
const queried = await kefu.request(ConversationHistoryDocument, { id: env.conversationId, last: 10 });
expectTypeOf(queried).toEqualTypeOf<ConversationHistoryQuery>();
const sent = await kefu.sendMessage({ conversationId: env.conversationId, body: 'via the Kefu SDK' });
const sentSeq = sent.message.seq;
const resumed = await new Promise<{ seq: number; body: string }[]>((resolve, reject) => {
  const follower = kefu.followConversation(env.conversationId, {
    afterSeq: sentSeq - 1,
    onMessage: (message) => {
      expectTypeOf(message).toEqualTypeOf<ConversationMessage>();
      follower.stop();
      resolve([{ seq: message.seq, body: message.body }]);
    },
    onError: reject,
  });
});
await kefu.close();
report({ client: 'kefu-sdk', queriedLastSeq: queried.conversation!.lastSeq, sentSeq, resumed });
