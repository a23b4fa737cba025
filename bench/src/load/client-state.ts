// The state of one load-generator process (client-process.ts), shared with the commands it runs
// (run-open-loop.ts, run-storm.ts). Its own module so that they need not import the process entry.
import type { Histogram } from 'hdr-histogram-js';
import type { ConversationPlan } from './client-protocol.ts';
import type { Connection } from './open-connection.ts';

export interface ConversationState {
  plan: ConversationPlan;
  members: Connection[];
  /** seqs of this conversation's bench messages the server acknowledged (stored). */
  ackedSeqs: number[];
}

export interface ClientState {
  conversations: ConversationState[];
  connections: Connection[];
  step: { histogram: Histogram; deliveries: number; acked: number; failed: number };
  /** Called after every event, ack and subscribe, for waiters. */
  changed: Set<() => void>;
  onResubscribed: Set<(conn: Connection) => void>;
  /** Connections a storm dropped on purpose and that have not resubscribed yet. */
  stormDropped: Set<Connection>;
  /** Of those, the ones whose reconnect the storm has not started yet (it starts it itself). */
  stormAwaitingReopen: Set<Connection>;
}
