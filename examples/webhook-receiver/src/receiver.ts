// A webhook receiver bot: verifies each POST, ignores events it has already handled (the
// Kefu-Webhook-Id idempotency key), and answers visitor messages through the GraphQL API with a BOT key.
import { createServer, type Server } from 'node:http';
import { isSignatureValid } from './verify-signature.ts';

export interface ReceiverOptions {
  /** The endpoint's signing secret (createWebhookEndpoint returns it once). */
  secret: string;
  /** Kefu's GraphQL URL, e.g. http://localhost:4000/graphql. */
  graphqlUrl: string;
  /** A BOT API key (createApiKey(input: { role: BOT })). */
  botToken: string;
  /** The reply to a visitor message; return null to stay quiet. */
  answer?: (text: string) => string | null;
}

const SEND_MESSAGE = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq } } }`;

async function sendReply(options: ReceiverOptions, conversationId: string, body: string, eventId: string): Promise<void> {
  const response = await fetch(options.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.botToken}` },
    // clientMessageId from the event id: a retried webhook cannot post the reply twice.
    body: JSON.stringify({ query: SEND_MESSAGE, variables: { input: { conversationId, body, clientMessageId: `reply-${eventId}` } } }),
  });
  const result = (await response.json()) as { errors?: { message: string }[] };
  if (result.errors) throw new Error(`sendMessage failed: ${result.errors.map((e) => e.message).join('; ')}`);
}

export function createReceiver(options: ReceiverOptions): Server {
  const answer = options.answer ?? ((text) => `You said: ${text}`);
  const handled = new Set<string>(); // a real bot keeps these in its database
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      if (!isSignatureValid(options.secret, rawBody, req.headers['kefu-webhook-timestamp'] as string, req.headers['kefu-webhook-signature'] as string)) {
        res.writeHead(401).end('bad signature');
        return;
      }
      const event = JSON.parse(rawBody) as { id: string; type: string; conversation?: { id: string }; message?: { body: string; authorType: string; internal: boolean } };
      try {
        if (!handled.has(event.id) && event.type === 'message.created' && event.message?.authorType === 'VISITOR' && event.conversation) {
          const reply = answer(event.message.body);
          if (reply) await sendReply(options, event.conversation.id, reply, event.id);
        }
        handled.add(event.id);
        res.writeHead(204).end();
      } catch (error) {
        // Not 2xx: Kefu retries later with the same event id.
        res.writeHead(500).end(String(error));
      }
    });
  });
}
