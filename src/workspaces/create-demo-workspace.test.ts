// `kefu demo` is the one workspace whose bot answers with the shipped intent templates.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoKnowledge } from '../bot/datasets/load-demo-knowledge.ts';
import { createWorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { createDemoWorkspace, DEMO_OWNER } from './create-demo-workspace.ts';

const PREVIEW = `query($text: String!) { botPreview(text: $text) { body result { __typename ... on BotIntentAnswer { intent } ... on BotKnowledgeAnswer { question } } } }`;

describeEachStorage('the demo workspace', (provider) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { bot: { enabled: true } } });
  }, 180_000);
  afterAll(() => t?.close());

  it('answers with the shipped intents and its linked demo FAQ, while another workspace gets neither', async () => {
    await createDemoWorkspace(t.app.deps, await loadDemoKnowledge());
    const signIn = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const demo = signIn.signIn.token as string;
    expect((await gqlData(t.url, PREVIEW, { text: '你好' }, demo)).botPreview.result).toEqual({ __typename: 'BotIntentAnswer', intent: 'greeting' });
    expect((await gqlData(t.url, PREVIEW, { text: '怎么开发票？' }, demo)).botPreview.result).toEqual({ __typename: 'BotKnowledgeAnswer', question: '怎么开发票？' });
    const linked = await t.app.deps.db.knowledgeEntry.count({ where: { intent: { not: null } } });
    expect(linked).toBeGreaterThan(0);

    const other = await createWorkspaceFixture(t.url, 'Other');
    // Kefu's own neutral greeting, not the demo shop's.
    expect((await gqlData(t.url, PREVIEW, { text: '你好' }, other.ownerToken)).botPreview).toMatchObject({ body: '您好！请问有什么可以帮您？', result: { __typename: 'BotSmallTalk' } });
  });
});
