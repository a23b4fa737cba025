// The GraphQL-over-HTTP conformance audits (npm graphql-http): every MUST passes; SHOULD/MAY
// results are reported.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

describe('graphql-http server audits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('passes every MUST audit', async () => {
    const results = await Promise.all(serverAudits({ url: () => t.url }).map(async (audit) => ({ id: audit.id, name: audit.name, result: await audit.fn() })));
    const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
    for (const { result } of results) counts[result.status]++;
    process.stdout.write(`graphql-http audits: ${results.length} total, ${counts.ok} ok, ${counts.warn} warn, ${counts.notice} notice, ${counts.error} error\n`);
    for (const { id, name, result } of results) if (result.status !== 'ok') process.stdout.write(`  ${result.status} ${id} ${name}: ${result.reason}\n`);
    expect(results.filter((r) => r.result.status === 'error').map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });
});
