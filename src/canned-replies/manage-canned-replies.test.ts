// A canned reply is sent as a message, so its text obeys the message limit (limits.messageMaxBytes,
// in UTF-8 bytes) and is refused in the words every message body is. Searching them reads the text as
// typed: no LIKE wildcards, any case. A taken shortcut (or agent email) is named in the conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
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

  it('names what to change when a shortcut or an agent email is taken', async () => {
    await save('dup', 'First');
    expect((await save('dup', 'Second')).errors?.[0]).toMatchObject({ message: 'A canned reply with this shortcut already exists; choose another shortcut or update the existing one.', extensions: { code: 'CONFLICT' } });
    const CREATE_AGENT = 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }';
    const input = { email: 'same@example.com', name: 'One', password: 'a long enough password 42', role: 'AGENT' };
    await gqlData(t.url, CREATE_AGENT, { input }, ws.ownerToken);
    expect((await gql(t.url, CREATE_AGENT, { input: { ...input, name: 'Two' } }, ws.ownerToken)).errors?.[0]?.message).toBe('An agent with this email already exists; choose another email or update the existing one.');
  });

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

describeEachStorage('cannedReplies(search)', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
    for (const [shortcut, body] of [['sale', 'Half price: 50% off today'], ['refund', 'Your Refund Is On Its Way'], ['ship_fast', 'Express shipping'], ['shipxfast', 'Standard shipping']]) {
      await gqlData(t.url, SAVE, { input: { shortcut, body } }, ws.ownerToken);
    }
  });
  afterAll(() => t.close());

  const search = async (text: string) =>
    ((await gqlData(t.url, 'query($s: String) { cannedReplies(search: $s) { shortcut } }', { s: text }, ws.ownerToken)).cannedReplies as { shortcut: string }[]).map((r) => r.shortcut);

  it('reads % and _ as text, not as wildcards', async () => {
    expect(await search('%')).toEqual(['sale']);
    expect(await search('50%')).toEqual(['sale']);
    expect(await search('/ship_')).toEqual(['ship_fast']);
    expect(await search('_')).toEqual([]);
  });

  it('lists first 0 to 100 replies and refuses any other count, naming the rule', async () => {
    const page = (first: number) => gql(t.url, 'query($n: Int) { cannedReplies(first: $n) { shortcut } }', { n: first }, ws.ownerToken);
    expect((await page(0)).data?.cannedReplies).toEqual([]);
    expect((await page(2)).data?.cannedReplies).toHaveLength(2);
    for (const first of [-1, 101]) {
      expect((await page(first)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'first', message: 'first must be between 0 and 100' }] } });
    }
  });

  it('matches the body whatever its case', async () => {
    expect(await search('on its way')).toEqual(['refund']);
    expect(await search('EXPRESS')).toEqual(['ship_fast']);
  });
});
