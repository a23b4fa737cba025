// npm start — KEFU_WEBHOOK_SECRET, KEFU_GRAPHQL_URL, KEFU_BOT_TOKEN and PORT from the environment.
import { createReceiver } from './receiver.ts';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (see README "Integrate a bot" → "Webhooks").`);
  return value;
};

const port = Number(process.env.PORT ?? 3000);
createReceiver({ secret: required('KEFU_WEBHOOK_SECRET'), graphqlUrl: process.env.KEFU_GRAPHQL_URL ?? 'http://localhost:4000/graphql', botToken: required('KEFU_BOT_TOKEN') }).listen(port, () => {
  process.stdout.write(`webhook receiver on http://localhost:${port}/ — add it with createWebhookEndpoint\n`);
});
