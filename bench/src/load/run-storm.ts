// A reconnect storm: drop a share of the sockets at once (as a network blip or a restarted
// proxy would), reconnect each after a uniform random delay in [0, jitterMs], and time drop →
// resubscribed. Resubscribing with afterSeq must replay what was sent meanwhile.
import type { ClientState } from './client-state.ts';
import type { ClientCommand, StormResult } from './client-protocol.ts';
import type { Connection } from './open-connection.ts';
import { createLatencyHistogram, encodeHistogram, recordLatencyMs } from '../report/latency-histogram.ts';
import { isDoneWithin } from '../../../src/testing/wait-until.ts';
import { changesOf } from './state-changes.ts';

type StormCommand = Extract<ClientCommand, { cmd: 'storm' }>;

export async function runStorm(state: ClientState, command: StormCommand, now: () => number): Promise<StormResult> {
  const victims = state.connections.filter((c) => c.isSubscribed() && Math.random() < command.fraction);
  const histogram = createLatencyHistogram();
  const droppedAt = now();
  let resubscribed = 0;
  const onResubscribed = (conn: Connection) => {
    if (!state.stormDropped.delete(conn)) return;
    resubscribed++;
    recordLatencyMs(histogram, now() - droppedAt);
  };
  state.onResubscribed.add(onResubscribed);
  for (const conn of victims) {
    state.stormDropped.add(conn);
    state.stormAwaitingReopen.add(conn);
    conn.drop();
    setTimeout(() => {
      state.stormAwaitingReopen.delete(conn);
      conn.open();
    }, Math.random() * command.jitterMs);
  }
  await isDoneWithin(() => state.stormDropped.size === 0, command.timeoutMs, changesOf(state));
  state.onResubscribed.delete(onResubscribed);
  state.stormDropped.clear();
  state.stormAwaitingReopen.clear();
  return { dropped: victims.length, resubscribed, histogram: encodeHistogram(histogram) };
}
