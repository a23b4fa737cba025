// Rich messages through the API on every database: who may send them, the limits on sizes and
// counts (over HTTP and WebSocket alike), and the visitor's typed answers checked against them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData, openWsClient } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { RICH_LIMITS } from './rich-content.ts';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id body
  rich { __typename ... on RichCards { cards { title text imageUrl buttons { label url postback } } } ... on RichForm { title fields { name type isRequired options } } }
  formSubmission { messageId values { name value } } } } }`;

describeEachStorage('rich messages over the API', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let visitor: Awaited<ReturnType<typeof startVisitorConversation>>;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { limits: { messageMaxBytes: 2048 } } });
    ws = await createWorkspaceFixture(t.url);
    visitor = await startVisitorConversation(t.url, ws.widgetKey);
  }, 120_000);
  afterAll(() => t?.close());

  const send = (token: string, input: Record<string, unknown>) => gql(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), body: 'fallback text', ...input } }, token);
  const errorOf = async (token: string, input: Record<string, unknown>) => (await send(token, input)).errors?.[0] as { message: string; extensions: { code: string; issues?: { path: string; message: string }[] } };

  it('stores cards with link and postback buttons, typed', async () => {
    const cards = [{ title: 'Linen shirt', text: '¥299', imageUrl: 'https://shop.example.com/shirt.jpg', buttons: [{ label: 'View', url: 'https://shop.example.com/shirt' }, { label: 'Buy', postback: 'buy:shirt' }] }];
    const sent = await send(ws.ownerToken, { rich: { cards } });
    expect(sent.data?.sendMessage.message.rich).toEqual({ __typename: 'RichCards', cards: [{ ...cards[0], buttons: [{ label: 'View', url: 'https://shop.example.com/shirt', postback: null }, { label: 'Buy', url: null, postback: 'buy:shirt' }] }] });
    const pick = await send(visitor.visitorToken, { body: 'Buy', postback: { value: 'buy:shirt', messageId: sent.data?.sendMessage.message.id } });
    expect(pick.errors).toBeUndefined();
    expect(await errorOf(visitor.visitorToken, { body: 'Sell', postback: { value: 'sell:shirt', messageId: sent.data?.sendMessage.message.id } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'postback.value' }] } });
  });

  it('refuses a postback that names no rich message: the bot would read a value it never offered', async () => {
    expect(await errorOf(visitor.visitorToken, { body: 'Refund', postback: { value: 'refund:approve-all' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses rich content from visitors and content past its limits, naming the field', async () => {
    expect(await errorOf(visitor.visitorToken, { rich: { quickReplies: [{ label: 'Yes', postback: 'y' }] } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const tooMany = Array.from({ length: RICH_LIMITS.quickReplies + 1 }, (_, i) => ({ label: `Option ${i}`, postback: `o${i}` }));
    expect(await errorOf(ws.ownerToken, { rich: { quickReplies: tooMany } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'rich.quickReplies', message: `Send at most ${RICH_LIMITS.quickReplies} quick replies` }] } });
    expect(await errorOf(ws.ownerToken, { rich: { cards: [{ title: 'x', imageUrl: 'javascript:alert(1)' }] } })).toMatchObject({ extensions: { issues: [{ path: 'rich.cards.0.imageUrl', message: expect.stringContaining('http:// or https://') }] } });
    expect(await errorOf(ws.ownerToken, { rich: { cards: [{ title: 'x', buttons: [{ label: 'Both', url: 'https://a.example', postback: 'b' }] }] } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf(ws.ownerToken, { rich: { quickReplies: [{ label: 'a', postback: 'a' }], form: { fields: [{ name: 'x', label: 'X', type: 'TEXT' }] } } })).toMatchObject({ extensions: { issues: [{ message: 'Give exactly one of quickReplies, cards or form' }] } });
    expect(await errorOf(ws.ownerToken, { rich: { form: { fields: [{ name: 'size', label: 'Size', type: 'SELECT' }] } } })).toMatchObject({ extensions: { issues: [{ path: 'rich.form.fields.0' }] } });
    const big = Array.from({ length: RICH_LIMITS.cards }, (_, i) => ({ title: `Card ${i}`, text: 'x'.repeat(300) }));
    expect(await errorOf(ws.ownerToken, { rich: { cards: big } })).toMatchObject({ message: expect.stringMatching(/the limit is 2 KB/), extensions: { code: 'MESSAGE_TOO_LARGE' } });
  });

  it('holds the same limits on the WebSocket path', async () => {
    const client = openWsClient(t.wsUrl, ws.ownerToken);
    try {
      const big = Array.from({ length: RICH_LIMITS.cards }, (_, i) => ({ title: `Card ${i}`, text: 'x'.repeat(300) }));
      const result = await new Promise<any>((resolve) => {
        let last: unknown;
        client.subscribe({ query: SEND, variables: { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), body: 'x', rich: { cards: big } } } }, { next: (v) => (last = v), error: resolve, complete: () => resolve(last) });
      });
      expect(result.errors[0].extensions.code).toBe('MESSAGE_TOO_LARGE');
    } finally {
      await client.dispose();
    }
  });

  it('checks a form submission against the form’s fields and stores the values typed', async () => {
    const form = { title: 'Leave your details', fields: [{ name: 'email', label: 'Email', type: 'EMAIL', isRequired: true }, { name: 'size', label: 'Size', type: 'SELECT', options: ['S', 'M', 'L'] }, { name: 'note', label: 'Note', type: 'TEXTAREA' }] };
    const sent = await gqlData(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), body: 'Please leave your email', rich: { form } } }, ws.ownerToken);
    const formId = sent.sendMessage.message.id;
    const bad = await errorOf(visitor.visitorToken, { body: 'x', formSubmission: { messageId: formId, values: [{ name: 'email', value: 'not-an-email' }, { name: 'size', value: 'XXL' }, { name: 'colour', value: 'red' }] } });
    expect(bad.extensions.issues?.map((i) => i.path).sort()).toEqual(['formSubmission.values.colour', 'formSubmission.values.email', 'formSubmission.values.size']);
    expect(await errorOf(visitor.visitorToken, { body: 'x', formSubmission: { messageId: formId, values: [{ name: 'size', value: 'M' }] } })).toMatchObject({ extensions: { issues: [{ message: 'Email is required.' }] } });
    const twice = { messageId: formId, values: [{ name: 'email', value: 'ann@example.com' }, { name: 'size', value: 'M' }, { name: 'email', value: 'bob@example.com' }] };
    expect(await errorOf(visitor.visitorToken, { body: 'x', formSubmission: twice })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'formSubmission.values.email', message: '"email" is given more than once; give each field one value.' }] },
    });
    // Staff cannot answer for the visitor: a bot would take the value as the visitor's.
    expect(await errorOf(ws.ownerToken, { body: 'Email: staff@example.com', formSubmission: { messageId: formId, values: [{ name: 'size', value: 'M' }, { name: 'email', value: 'staff@example.com' }] } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await errorOf(ws.ownerToken, { body: 'M', postback: { value: 'M', messageId: formId } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const ok = await gqlData(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), body: 'Email: ann@example.com', formSubmission: { messageId: formId, values: [{ name: 'size', value: 'M' }, { name: 'email', value: ' ann@example.com ' }, { name: 'note', value: '' }] } } }, visitor.visitorToken);
    expect(ok.sendMessage.message.formSubmission).toEqual({ messageId: formId, values: [{ name: 'email', value: 'ann@example.com' }, { name: 'size', value: 'M' }] });
  });
});
