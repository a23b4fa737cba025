// Runs the FAQ bot: KEFU_URL=http://localhost:4000/graphql KEFU_BOT_KEY=kefu_key_… npm start
import WebSocket from 'ws';
import { startFaqBot } from './faq-bot.ts';

const url = process.env.KEFU_URL ?? 'http://localhost:4000/graphql';
const botKey = process.env.KEFU_BOT_KEY;
if (!botKey) {
  console.error('Set KEFU_BOT_KEY to the token createAgentBot returned (README: Integrate a bot).');
  process.exit(1);
}

const bot = await startFaqBot({ url, botKey, webSocketImpl: WebSocket, log: (line) => console.log(`[faq-bot] ${line}`) });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void bot.stop().then(() => process.exit(0)));
