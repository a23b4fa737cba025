// Options of `kefu bench` with the defaults of each scenario (flags override them).

export const SCENARIOS = ['smoke', 'connections', 'fanout', 'storm', 'persist', 'plugins'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  scenario: Scenario;
  /** Sockets in total: conversations × (1 visitor + agents). */
  connections: number;
  /** Agent sockets per conversation. */
  agents: number;
  /** Kefu server processes (`kefu start --workers`). */
  workers: number;
  /** Kefu instances (separate `kefu start`s, e.g. machines) on one store; a conversation's members are spread over them. */
  instances: number;
  /** What carries events between instances: a private redis-server or a private 3-master Redis Cluster. */
  redis: 'none' | 'redis' | 'cluster';
  clientProcesses: number;
  /** New sockets per second over all client processes (jittered). */
  connectRate: number;
  /** Idle hold after the ramp (connections), seconds. */
  holdSec: number;
  /** Deliveries per second: the steady rate (storm, smoke) or the first step (fanout). */
  rate: number;
  stepSec: number;
  maxSteps: number;
  p99LimitMs: number;
  /** Share of sockets a storm drops at once, and the spread of their reconnects. */
  stormFraction: number;
  stormJitterMs: number;
  /** Also run the reference servers (fanout) or the raw SQLite insert (persist). */
  compare: boolean;
  database: 'sqlite' | 'postgresql' | 'both';
  postgresUrl: string;
  /** Write V8 CPU profiles of the server processes here. */
  cpuProfDir?: string;
}

const BASE: BenchOptions = {
  scenario: 'smoke',
  connections: 2000,
  agents: 1,
  workers: 1,
  instances: 1,
  redis: 'none',
  clientProcesses: 1,
  connectRate: 1000,
  holdSec: 35,
  rate: 1000,
  stepSec: 10,
  maxSteps: 8,
  p99LimitMs: 100,
  stormFraction: 1,
  stormJitterMs: 3000,
  compare: false,
  database: 'sqlite',
  postgresUrl: 'postgresql://postgres@127.0.0.1:5432/test',
};

export const SCENARIO_DEFAULTS: Record<Scenario, Partial<BenchOptions>> = {
  smoke: { connections: 100, rate: 60, stepSec: 3, stormFraction: 0.3, stormJitterMs: 500, connectRate: 500 },
  connections: { connections: 10_000, workers: 2, clientProcesses: 2, holdSec: 35 },
  fanout: { connections: 10_000, rate: 1000, stepSec: 10, clientProcesses: 2 },
  storm: { connections: 10_000, rate: 500, stepSec: 12, clientProcesses: 2, workers: 2 },
  persist: { connections: 400, agents: 0, stepSec: 10, compare: true, database: 'both' },
  // plugins: --connections is messages per variant and round, --max-steps the rounds.
  plugins: { connections: 2000, maxSteps: 5 },
};

export function resolveOptions(scenario: Scenario, flags: Partial<BenchOptions>): BenchOptions {
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...BASE, ...SCENARIO_DEFAULTS[scenario], ...defined, scenario };
}

export function conversationsOf(options: Pick<BenchOptions, 'connections' | 'agents'>): number {
  return Math.max(1, Math.floor(options.connections / (1 + options.agents)));
}
