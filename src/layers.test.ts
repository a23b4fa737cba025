// The layer rule of eslint.config.js (docs/architecture.md) must keep failing on an upward import:
// a pattern that stops matching would let every import through without a word.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('layers', () => {
  it('fails on an import from a higher layer, naming both', async () => {
    const errors = await layerErrors('src/conversation-log/probe.ts', "import { sendMessage } from '../messages/send-message.ts';\nexport const x = sendMessage;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('conversation-log may not import ../messages/send-message.ts (messages)');
  });

  it('fails when routing/assignment imports routing/queue, and when anything but an entry point imports app.ts', async () => {
    const upward = await layerErrors('src/routing/assignment/probe.ts', "import { drainQueue } from '../queue/drain-queue.ts';\nexport const x = drainQueue;\n");
    const app = await layerErrors('src/presence/probe.schema.ts', "import { createApp } from '../app.ts';\nexport const x = createApp;\n");
    expect([upward.length, app.length]).toEqual([1, 1]);
  });

  it('passes imports that point down, and schema files that use any domain', async () => {
    const down = await layerErrors(
      'src/messages/probe.ts',
      "import { appendEvents } from '../conversation-log/append-event.ts';\nimport { drainQueue } from '../routing/queue/drain-queue.ts';\nimport { answerInBackground } from '../bot/reply/answer-visitor-message.ts';\nexport const x = [appendEvents, drainQueue, answerInBackground];\n",
    );
    const schema = await layerErrors('src/tags/probe.schema.ts', "import { sendMessage } from '../messages/send-message.ts';\nexport const x = sendMessage;\n");
    expect([down, schema]).toEqual([[], []]);
  });
});
