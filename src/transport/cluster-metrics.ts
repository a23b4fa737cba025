// /metrics for the whole server. Workers share the port, so any one of them may receive a scrape;
// with several workers it asks the primary, which gathers every worker's registry over IPC
// (prom-client's AggregatorRegistry: counters and gauges summed unless a metric names another
// aggregator) and answers with the aggregate. A single process answers from its own registry.
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, type Registry } from 'prom-client';

interface ScrapeRequest {
  kefuMetrics: 'scrape';
  id: string;
}

interface ScrapeResult {
  kefuMetrics: 'result';
  id: string;
  body?: string;
  error?: string;
}

const SCRAPE_TIMEOUT_MS = 10_000;

function isScrapeMessage<T extends ScrapeRequest | ScrapeResult>(message: unknown, kind: T['kefuMetrics']): message is T {
  return typeof message === 'object' && message !== null && (message as T).kefuMetrics === kind;
}

/** In the primary: answer workers' scrape requests with the aggregate of every worker. */
export function startMetricsAggregator(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message) => {
    if (!isScrapeMessage<ScrapeRequest>(message, 'scrape')) return;
    const reply = (result: Omit<ScrapeResult, 'kefuMetrics' | 'id'>) => {
      if (worker.isConnected()) worker.send({ kefuMetrics: 'result', id: message.id, ...result } satisfies ScrapeResult);
    };
    aggregator.clusterMetrics().then(
      (body) => reply({ body }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}

export interface MetricsReader {
  contentType: string;
  read(): Promise<string>;
}

/** How this process answers a scrape: through the primary in a cluster worker, locally otherwise. */
export function createMetricsReader(registry: Registry): MetricsReader {
  if (!cluster.isWorker || !process.send) return { contentType: registry.contentType, read: () => registry.metrics() };
  // The primary's AggregatorRegistry asks each worker for these registries (prom-client's IPC listener).
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
  return {
    contentType: registry.contentType,
    read: () =>
      new Promise((resolve, reject) => {
        const id = randomUUID();
        const timer = setTimeout(() => finish(new Error('the primary did not answer the metrics scrape in time')), SCRAPE_TIMEOUT_MS);
        const onMessage = (message: unknown) => {
          if (!isScrapeMessage<ScrapeResult>(message, 'result') || message.id !== id) return;
          finish(message.error === undefined ? null : new Error(message.error), message.body);
        };
        const finish = (error: Error | null, body = '') => {
          clearTimeout(timer);
          process.off('message', onMessage);
          if (error) reject(error);
          else resolve(body);
        };
        process.on('message', onMessage);
        process.send!({ kefuMetrics: 'scrape', id } satisfies ScrapeRequest);
      }),
  };
}
