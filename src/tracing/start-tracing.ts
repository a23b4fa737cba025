// OpenTelemetry for one process (`kefu start` calls it before building the app): a tracer provider
// exporting batches over OTLP/HTTP, registered globally as OpenTelemetry requires, with the
// AsyncLocalStorage context manager so spans opened inside a GraphQL operation become its children.
// The SDK is imported only when tracing is on.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { markTracingOn } from './in-span.ts';

export interface Tracing {
  close(): Promise<void>;
}

export async function startTracing(config: Config['tracing'], log: Logger): Promise<Tracing | null> {
  if (!config.enabled) return null;
  const [{ NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler }, { OTLPTraceExporter }, { Resource }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': config.serviceName, 'process.pid': process.pid }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.otlpEndpoint }), { scheduledDelayMillis: config.exportDelayMs })],
  });
  provider.register();
  markTracingOn();
  log.info({ endpoint: config.otlpEndpoint, sampleRatio: config.sampleRatio }, 'tracing on');
  return {
    async close() {
      await provider.forceFlush();
      await provider.shutdown();
    },
  };
}
