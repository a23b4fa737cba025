// Spans around Kefu's own steps (store, publish, deliver), children of whatever span is active;
// a delivery happens in the subscriber's context, so its span finds the trace through the event.
// While tracing is off (the default) `inSpan` just calls the function: no span objects on the
// per-message path. The flag is process-wide because OpenTelemetry's tracer provider is.
import { context, propagation, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

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

/** The active span as a W3C `traceparent`, to carry a trace across the event bus; none while tracing is off. */
export function currentTraceparent(): string | undefined {
  if (!isTracingOn) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** A point-in-time span (e.g. an event handed to a subscriber) in the trace `traceparent` names. */
export function markSpan(name: string, traceparent: string | undefined, attributes: Attributes): void {
  if (!isTracingOn || !traceparent) return;
  const parent = propagation.extract(context.active(), { traceparent });
  trace.getTracer('kefu').startSpan(name, { attributes }, parent).end();
}
