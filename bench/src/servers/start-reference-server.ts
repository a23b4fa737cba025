// Starts one of the reference servers (raw-ws-reference.ts, yoga-reference.ts,
// yoga-prisma-reference.ts) as its own process.
import { benchSourceFile } from '../bench-source-file.ts';
import type { ConversationPlan } from '../load/client-protocol.ts';
import { freePort } from '../../../src/testing/free-port.ts';
import { spawnServer, type SpawnedServer } from './spawn-server.ts';

export type ReferenceKind = 'raw-ws' | 'yoga' | 'yoga-prisma';

export interface ReferenceServer extends SpawnedServer {
  kind: ReferenceKind;
  wsUrl: string;
}

const ENTRY: Record<ReferenceKind, string> = { 'raw-ws': './raw-ws-reference.ts', yoga: './yoga-reference.ts', 'yoga-prisma': './yoga-prisma-reference.ts' };

export async function startReferenceServer(kind: ReferenceKind, cpuProfileDir?: string): Promise<ReferenceServer> {
  const port = await freePort();
  const server = await spawnServer({
    args: ['--import', 'tsx', ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []), benchSourceFile(ENTRY[kind], import.meta.url), String(port)],
    env: {},
    port,
    readyPattern: /reference listening/,
    readyCount: 1,
  });
  return { ...server, kind, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

/** References need no setup: synthetic conversation ids and tokens with the same layout as Kefu's. */
export function planReferenceConversations(conversations: number, agentsPerConversation: number): ConversationPlan[] {
  return Array.from({ length: conversations }, (_, i) => ({ id: `conv-${i}`, memberTokens: Array.from({ length: 1 + agentsPerConversation }, (_, m) => `token-${i}-${m}`) }));
}
