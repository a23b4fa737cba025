// DateTime inputs at the edges of what every database stores: years 0001 and 9999 are read as
// asked, anything outside them is a BAD_USER_INPUT that says the range (PostgreSQL answered the
// years before 0001 and after 9999 with an INTERNAL_SERVER_ERROR).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const CONVERSATIONS = `query($filter: ConversationFilter) { conversations(first: 5, filter: $filter) { edges { node { id } } } }`;
const REPORT = `query($input: ReportInput!) { report(input: $input) { totals { conversations } } }`;

describeEachStorage('DateTime input range', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  it('reads the first and the last day of years 0001–9999 on every filter and the report', async () => {
    for (const [from, to] of [['0001-01-01T00:00:00Z', '0001-01-02T00:00:00Z'], ['9999-12-30T00:00:00Z', '9999-12-31T23:59:59.999Z']] as const) {
      const filtered = await gql(t.url, CONVERSATIONS, { filter: { createdAfter: from, createdBefore: to } }, ws.ownerToken);
      expect(filtered.errors).toBeUndefined();
      const report = await gql(t.url, REPORT, { input: { from, to } }, ws.ownerToken);
      expect(report).toEqual({ data: { report: { totals: { conversations: 0 } } } });
    }
  });

  it('refuses a year before 0001 or after 9999 as BAD_USER_INPUT naming the range, in variables and literals', async () => {
    for (const date of ['-004714-01-01T00:00:00Z', '0000-12-31T00:00:00Z', '+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
      const variable = await gql(t.url, CONVERSATIONS, { filter: { createdAfter: date } }, ws.ownerToken);
      expect(variable.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/years 0001 to 9999/) });
      const literal = await gql(t.url, `{ report(input: { from: "2026-01-01T00:00:00Z", to: "${date}" }) { from } }`, {}, ws.ownerToken);
      expect(literal.errors?.[0]?.message).toMatch(/years 0001 to 9999/);
    }
  });

  it('refuses a day that does not exist or a text that is not ISO-8601, and reads every ISO form', async () => {
    for (const date of ['2026-02-30T00:00:00Z', '2026-02-29', '2026-04-31T08:00:00+08:00', '2026-13-01T00:00:00Z', '1 2 3', 'Feb 3 2026', '2026-1-5']) {
      const refused = await gql(t.url, CONVERSATIONS, { filter: { createdAfter: date } }, ws.ownerToken);
      expect(refused.errors?.[0], date).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/a day that exists/) });
    }
    for (const date of ['2024-02-29T00:00:00Z', '2026-01-31', '2026-03-01T08:00:00+08:00', '2026-03-01T08:00Z', '2026-03-01T08:00:00.123456Z']) {
      const read = await gql(t.url, CONVERSATIONS, { filter: { createdAfter: date } }, ws.ownerToken);
      expect(read.errors, date).toBeUndefined();
    }
  });
});
