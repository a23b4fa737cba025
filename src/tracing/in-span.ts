// Spans around Kefu's own steps (store, publish, deliver), children of whatever span is active.
// While tracing is off (the default) `inSpan` just calls the function: no span objects on the
// per-message path. The flag is process-wide because OpenTelemetry's tracer provider is.
import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

let isTracingOn = false;

export function markTracingOn(): void {
  isTracingOn = true;
}

export function inSpan<T>(name: string, attributes: Attributes, run: () => Promise<T>): Promise<T> {
  if (!isTracingOn) return run();
  return trace.getTracer('kefu').startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await run();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
