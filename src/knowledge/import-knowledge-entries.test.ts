// importKnowledgeEntries through the API on every database: a team's FAQ saved at once, all or
// none, answered by the bot at once; replaceAll makes a second import of the same list leave one
// copy; only admins may import. similarQuestions over the imported entries keeps to its page size.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const IMPORT = `mutation($input: ImportKnowledgeEntriesInput!) {
  importKnowledgeEntries(input: $input) { created updated deleted entries { id question language } }
}`;
const ENTRIES = `{ knowledgeEntries(first: 50) { edges { node { id question answer language } } } }`;
const PREVIEW = `query($text: String!) { botPreview(text: $text) { result { __typename ... on BotKnowledgeAnswer { knowledgeEntryId } } } }`;

const FAQ = [
  { question: 'What are your opening hours?', alternates: ['When are you open?'], answer: 'Every day from 10:00 to 22:00.', language: 'en' },
  { question: 'Can I bring my dog?', alternates: ['Are pets allowed?'], answer: 'Dogs on a lead are welcome.', language: 'en' },
  { question: '你们几点开门？', alternates: ['营业时间是几点'], answer: '每天上午十点到晚上十点。', language: 'zh' },
];

describeEachStorage('importKnowledgeEntries', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { bot: { enabled: true } } });
    ws = await createWorkspaceFixture(t.url);
  }, 180_000);
  afterAll(() => t?.close());

  type Entry = { id: string; question: string; answer: string; language: string };
  const entries = async (): Promise<Entry[]> => (await gqlData(t.url, ENTRIES, {}, ws.ownerToken)).knowledgeEntries.edges.map((e: { node: Entry }) => e.node);
  const importFaq = (input: Record<string, unknown>, token = ws.ownerToken) => gql(t.url, IMPORT, { input }, token);

  it('saves the whole list in order and the bot answers from it at once', async () => {
    const { data, errors } = await importFaq({ entries: FAQ });
    expect(errors).toBeUndefined();
    const imported = data!.importKnowledgeEntries;
    expect(imported).toMatchObject({ created: 3, updated: 0, deleted: 0 });
    expect(imported.entries.map((e: { question: string }) => e.question)).toEqual(FAQ.map((e) => e.question));
    expect((await entries()).length).toBe(3);
    const dogs = imported.entries[1].id;
    const reply = (await gqlData(t.url, PREVIEW, { text: 'are pets allowed' }, ws.ownerToken)).botPreview.result;
    expect(reply).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: dogs });
  });

  it('saves nothing when one entry is invalid, and names it', async () => {
    const before = await entries();
    const { errors } = await importFaq({ entries: [FAQ[0], { ...FAQ[1], answer: '  ' }, FAQ[2]] });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.extensions!.issues).toEqual([{ path: 'entries.1.answer', message: 'Write the answer' }]);
    expect(await entries()).toEqual(before);
  });

  it('saves nothing when an id is not in the workspace, and names its entry', async () => {
    const before = await entries();
    const { errors } = await importFaq({ entries: [FAQ[0], { ...FAQ[1], id: 'no-such-entry' }] });
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(errors![0]!.message).toMatch(/^entries\.1\.id: no knowledge entry has this id/);
    expect(await entries()).toEqual(before);
  });

  it('refuses an id twice in one list', async () => {
    const [first] = await entries();
    if (!first) throw new Error('the first test imports entries');
    const { errors } = await importFaq({ entries: [{ ...FAQ[0], id: first.id }, { ...FAQ[1], id: first.id }] });
    expect(errors![0]!.extensions!.issues).toEqual([{ path: 'entries.1.id', message: 'The same id as entry 0; each entry may appear once.' }]);
  });

  it('a row without id replaces the entry with its question and language: a re-import leaves one copy, and a question twice in one list is refused', async () => {
    const before = await entries();
    const { data } = await importFaq({ entries: [FAQ[1], { ...FAQ[2], answer: 'Changed answer.' }] });
    expect(data!.importKnowledgeEntries).toMatchObject({ created: 0, updated: 2, deleted: 0 });
    const after = await entries();
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    expect(after.find((e) => e.question === FAQ[2]!.question)!.answer).toBe('Changed answer.');
    const { errors } = await importFaq({ entries: [FAQ[0], FAQ[1], { ...FAQ[0], answer: 'Other.' }] });
    expect(errors![0]!.extensions!.issues).toEqual([{ path: 'entries.2.question', message: 'The same question as entry 0; each question may appear once.' }]);
  });

  it('with replaceAll keeps only the listed entries: a re-import of the same list leaves one copy', async () => {
    const kept = (await entries()).find((e) => e.question === FAQ[0]!.question)!;
    const { data } = await importFaq({ entries: [{ ...FAQ[0], id: kept.id, answer: 'Every day from 9:00 to 22:00.' }, FAQ[2]], replaceAll: true });
    expect(data!.importKnowledgeEntries).toMatchObject({ created: 0, updated: 2, deleted: 1 });
    const after = await entries();
    expect(after.map((e) => e.question).sort()).toEqual([FAQ[0]!.question, FAQ[2]!.question].sort());
    expect(after.find((e) => e.id === kept.id)!.answer).toBe('Every day from 9:00 to 22:00.');
  });

  it('saveKnowledgeEntry refuses a new entry whose question and language are already there, naming that entry', async () => {
    const existing = (await entries()).find((e) => e.question === FAQ[0]!.question && e.language === 'en')!;
    const save = `mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`;
    const { errors } = await gql(t.url, save, { input: { ...FAQ[0], answer: 'A second copy.' } }, ws.ownerToken);
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', entryId: existing.id });
    // The message names the entry as the team finds it in their list (the console shows only the message), not only by id.
    expect(errors![0]!.message).toBe(`An entry with this question already exists: “${existing.question}” (${existing.id}); edit that entry, or change the question.`);
    const zh = await gql(t.url, save, { input: { ...FAQ[0], language: 'zh' } }, ws.ownerToken);
    expect(zh.errors).toBeUndefined();
    // The same question for the bot: letter case, full-width forms, Traditional characters and punctuation aside.
    const chinese = (await entries()).find((e) => e.question === FAQ[2]!.question)!;
    for (const [question, language, twin] of [
      ['WHAT ARE YOUR OPENING HOURS', 'en', existing.id],
      ['  what are your opening-hours ?', 'en', existing.id],
      ['你們幾點開門?', 'zh', chinese.id],
    ] as const) {
      const copy = await gql(t.url, save, { input: { question, language, answer: 'A second copy.' } }, ws.ownerToken);
      expect(copy.errors?.[0]?.extensions, question).toMatchObject({ code: 'CONFLICT', entryId: twin });
    }
    // An edit may not take another entry's question either; keeping its own is fine.
    const other = (await gqlData(t.url, save, { input: { question: 'Do you deliver?', answer: 'Yes.', language: 'en' } }, ws.ownerToken)).saveKnowledgeEntry.entry.id;
    const taken = await gql(t.url, save, { input: { id: other, question: 'What are your opening hours', answer: 'Yes.', language: 'en' } }, ws.ownerToken);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entryId: existing.id });
    expect((await gql(t.url, save, { input: { id: other, question: 'DO YOU DELIVER', answer: 'Yes, daily.', language: 'en' } }, ws.ownerToken)).errors).toBeUndefined();
  });

  it('an import row whose question differs only in case or punctuation replaces that entry; a row may not take the question of an entry the list leaves alone', async () => {
    const before = await entries();
    const hours = before.find((e) => e.question === FAQ[0]!.question && e.language === 'en')!;
    const { data, errors } = await importFaq({ entries: [{ ...FAQ[0], question: 'what are your opening hours', answer: 'Re-imported.' }] });
    expect(errors).toBeUndefined();
    expect(data!.importKnowledgeEntries).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect((await entries()).length).toBe(before.length);
    expect((await entries()).find((e) => e.id === hours.id)!.answer).toBe('Re-imported.');
    const delivery = before.find((e) => e.question === 'DO YOU DELIVER')!;
    const unchanged = await entries();
    const clash = await importFaq({ entries: [{ ...FAQ[1], id: delivery.id, question: 'What are your opening hours?' }] });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entryId: hours.id });
    expect(clash.errors?.[0]?.message).toBe(`entries.0.question: an entry with this question already exists: “what are your opening hours” (${hours.id}); give that entry's id, or change the question.`);
    expect(await entries()).toEqual(unchanged);
  });

  it('is for admins only, and refuses an empty or oversized list', async () => {
    const agent = await createAgentFixture(t.url, ws.ownerToken);
    expect((await importFaq({ entries: FAQ }, agent.token)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await importFaq({ entries: [] })).errors![0]!.extensions!.issues).toEqual([{ path: 'entries', message: 'Send at least one entry' }]);
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ question: `q${i}`, answer: 'a', language: 'en' }));
    const [issue] = (await importFaq({ entries: tooMany })).errors![0]!.extensions!.issues as { path: string; message: string }[];
    expect(issue).toEqual({ path: 'entries', message: 'At most 500 entries per import; split the list and import the parts (without replaceAll after the first).' });
  });
  it('similarQuestions returns 1 to 20 entries and refuses another first with BAD_USER_INPUT', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ question: `How do I return item ${i}?`, answer: `Return ${i}.`, language: 'en' }));
    await gqlData(t.url, IMPORT, { input: { entries: many } }, ws.ownerToken);
    const similar = (first: number) => gql(t.url, `query($first: Int) { similarQuestions(text: "how do I return an item", first: $first) { question } }`, { first }, ws.ownerToken);
    expect((await similar(20)).data?.similarQuestions).toHaveLength(20);
    expect((await similar(1)).data?.similarQuestions).toHaveLength(1);
    for (const first of [0, -1, 21]) {
      expect((await similar(first)).errors?.[0]?.extensions, String(first)).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'first', message: 'first must be between 1 and 20' }] });
    }
  });
  it('refuses a question or phrasing without words, which no message could ever match', async () => {
    const result = await gql(t.url, IMPORT, { input: { entries: [{ question: '？？？', answer: 'x', language: 'zh' }, { question: 'Hours?', alternates: ['!!! 😀'], answer: 'x', language: 'en' }] } }, ws.ownerToken);
    expect(result.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'entries.0.question', message: 'Write the question in words; punctuation or emoji alone never matches a visitor’s message' },
      { path: 'entries.1.alternates.0', message: 'Write the question in words; punctuation or emoji alone never matches a visitor’s message' },
    ]);
  });
});
