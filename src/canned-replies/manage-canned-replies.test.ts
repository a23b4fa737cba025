// A canned reply is sent as a message, so its text obeys the message limit (limits.messageMaxBytes,
// in UTF-8 bytes) and is refused in the words every message body is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const SAVE = 'mutation($input: SaveCannedReplyInput!) { saveCannedReply(input: $input) { cannedReply { body } } }';
const { messageMaxBytes } = loadConfig().limits;

describe('saveCannedReply', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  const save = (shortcut: string, body: string) => gql(t.url, SAVE, { input: { shortcut, body } }, ws.ownerToken);

  it('refuses reply text over the limit in UTF-8 bytes, naming the size and the limit (6,000 Chinese characters: 18,000 bytes)', async () => {
    const result = await save('long', '好'.repeat(6_000));
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid input: body: Message is 17.6 KB; the limit is 16 KB.',
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'body', message: 'Message is 17.6 KB; the limit is 16 KB.' }] },
    });
  });

  it('states exact bytes for reply text one byte over the limit, and saves it at the limit', async () => {
    const over = await save('over', 'a'.repeat(messageMaxBytes + 1));
    expect(over.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ path: 'body', message: `Message is ${messageMaxBytes + 1} bytes; the limit is ${messageMaxBytes} bytes.` }] });
    const atLimit = `${'好'.repeat((messageMaxBytes - 1) / 3)}a`;
    expect(Buffer.byteLength(atLimit)).toBe(messageMaxBytes);
    expect(await save('at-limit', atLimit)).toEqual({ data: { saveCannedReply: { cannedReply: { body: atLimit } } } });
  });
});
