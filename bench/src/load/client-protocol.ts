// Messages between the bench runner and its client processes (node:child_process IPC).

export interface ConversationPlan {
  id: string;
  /** Tokens of the sockets that follow this conversation; member 0 is the visitor. */
  memberTokens: string[];
}

export interface ClientInit {
  /** Member j of a conversation connects to urls[j % urls.length] (several instances: its members are spread over them). */
  urls: string[];
  localAddress: string;
  conversations: ConversationPlan[];
}

export type ClientCommand =
  | { cmd: 'connect'; connectsPerSec: number; maxPending: number; timeoutMs: number }
  | { cmd: 'send'; messagesPerSec: number; durationMs: number; drainTimeoutMs: number }
  | { cmd: 'storm'; fraction: number; jitterMs: number; timeoutMs: number }
  | { cmd: 'report' }
  | { cmd: 'close' };

export interface ProgressSample {
  subscribed: number;
  deliveries: number;
  acks: number;
  errors: number;
  cpuUs: number;
  intervalP99Ms: number;
}

export interface ConnectResult {
  subscribed: number;
  failed: number;
  durationMs: number;
}

export interface SendResult {
  sent: number;
  acked: number;
  deliveries: number;
  expectedDeliveries: number;
  sendErrors: number;
  durationMs: number;
  /** CPU of this client process over send + drain, and that wall time. */
  cpuUs: number;
  wallMs: number;
  /** HDR histogram of delivery latency (µs), compressed base64. */
  histogram: string;
  isDrained: boolean;
}

export interface StormResult {
  dropped: number;
  resubscribed: number;
  /** HDR histogram of drop → resubscribed (µs). */
  histogram: string;
}

export interface AccountingReport {
  connections: number;
  deliveries: number;
  /** Deliveries of bot messages: the bench's conversations are assigned, so the bot must stay quiet. */
  botDeliveries: number;
  lost: number;
  duplicated: number;
  reordered: number;
  unexpectedCloses: Record<string, number>;
  firstErrors: string[];
  cpuUs: number;
}

export type ClientReply =
  | { type: 'ready' }
  | { type: 'progress'; sample: ProgressSample }
  | { type: 'result'; cmd: ClientCommand['cmd']; result: unknown }
  | { type: 'fatal'; message: string };
