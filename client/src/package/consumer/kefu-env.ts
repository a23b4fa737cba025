// Shared by the consumer programs: where the test's Kefu runs, a staff token, one conversation,
// and a graphql-ws client for the clients without a WebSocket of their own.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const env = {
  url: process.env.KEFU_URL!,
  wsUrl: process.env.KEFU_WS_URL!,
  token: process.env.KEFU_TOKEN!,
  conversationId: process.env.KEFU_CONVERSATION_ID!,
};

export const authorization = `Bearer ${env.token}`;

export const createWsClient = () => createClient({ url: env.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization } });

/** What each program prints (one JSON line) for the test to check. */
export interface ConsumerReport {
  client: string;
  queriedLastSeq: number;
  sentSeq: number;
  resumed: { seq: number; body: string }[];
}

export function report(result: ConsumerReport): never {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
