// Latency in microseconds in an HDR histogram (3 significant digits, up to 10 min), so client
// processes can ship theirs to the runner as compressed base64 and the runner adds them up.
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';

const HIGHEST_US = 600_000_000;

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

export function createLatencyHistogram(): Histogram {
  return build({ bitBucketSize: 64, lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_US, numberOfSignificantValueDigits: 3, useWebAssembly: false });
}

export function recordLatencyMs(histogram: Histogram, latencyMs: number): void {
  histogram.recordValue(Math.min(HIGHEST_US, Math.max(1, Math.round(latencyMs * 1000))));
}

export function encodeHistogram(histogram: Histogram): string {
  return encodeIntoCompressedBase64(histogram);
}

/** Adds every encoded histogram into one. */
export function mergeHistograms(encoded: string[]): Histogram {
  const total = createLatencyHistogram();
  for (const e of encoded) if (e) total.add(decodeFromCompressedBase64(e, 64, false));
  return total;
}

export function summarizeLatency(histogram: Histogram): LatencySummary {
  const ms = (q: number) => round(histogram.getValueAtPercentile(q) / 1000);
  return {
    count: histogram.totalCount,
    p50Ms: ms(50),
    p90Ms: ms(90),
    p99Ms: ms(99),
    p999Ms: ms(99.9),
    maxMs: round(histogram.maxValue / 1000),
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
