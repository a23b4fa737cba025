// Operation metrics are labelled by names the client picks (the operation's name, the aliases in
// an error's path): each new value is a new time series in every process and in the primary's
// sum, so they are bounded, and the per-request URL (Host header and query string) is no label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';
import { MAX_OPERATION_LABEL_VALUES } from './use-operation-metrics.ts';

describe('operation metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function labelValues(metric: string, label: string): Promise<Set<string>> {
    const { values } = await t.app.deps.metrics.registry.getSingleMetric(metric)!.get();
    return new Set(values.map((v) => String(v.labels[label])));
  }

  it('keep a bounded number of operation names and error paths, whatever clients send', async () => {
    for (let i = 0; i < MAX_OPERATION_LABEL_VALUES + 20; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => gql(t.url, `query Op${i + j} { alias${i + j}: conversation(id: "none") { id } __typename }`)));
    }
    await gql(t.url, `query ${'Long'.repeat(5_000)} { __typename }`);
    const names = await labelValues('graphql_envelop_request_duration', 'operationName');
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_LABEL_VALUES + 1);
    expect(names).toContain('Op0');
    expect(names).toContain('(other)');
    expect([...names].every((name) => name.length <= 100)).toBe(true);
    const paths = await labelValues('graphql_envelop_error_result', 'path');
    expect(paths.size).toBeLessThanOrEqual(MAX_OPERATION_LABEL_VALUES + 2);
  });

  it('export only the documented per-operation series', async () => {
    const names = (await t.app.deps.metrics.registry.getMetricsAsJSON()).map((m) => m.name).filter((name) => name.startsWith('graphql_'));
    expect(names.sort()).toEqual(['graphql_envelop_error_result', 'graphql_envelop_request_duration']);
  });
});
