import { cpus, freemem, loadavg, totalmem } from 'node:os';
import type { Command } from 'commander';
import { resolveOptions, SCENARIOS, type BenchOptions, type Scenario } from '../../bench/src/options.ts';

const number = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`expected a non-negative number, got ${JSON.stringify(value)}`);
  return n;
};

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Load-test Kefu with real graphql-ws clients (method and results: bench/README.md).')
    .argument('[scenario]', `one of ${SCENARIOS.join(', ')}`, 'smoke')
    .option('--connections <n>', 'sockets in total (conversations × (1 + agents)); plugins: messages per variant and round', number)
    .option('--agents <n>', 'agent sockets per conversation', number)
    .option('--workers <n>', 'Kefu server processes', number)
    .option('--instances <n>', 'Kefu instances on one store, a conversation\'s members spread over them (needs --redis)', number)
    .option('--redis <kind>', 'none, redis (a private redis-server) or cluster (a private 3-master Redis Cluster)')
    .option('--client-processes <n>', 'load-generator processes (each ≤ 19,500 sockets)', number)
    .option('--connect-rate <n>', 'new sockets per second', number)
    .option('--hold <s>', 'idle hold after the ramp (connections)', number)
    .option('--rate <n>', 'deliveries per second: steady (storm, smoke) or first step (fanout, persist)', number)
    .option('--step <s>', 'seconds per rate step', number)
    .option('--max-steps <n>', 'most rate steps; plugins: rounds', number)
    .option('--p99-limit <ms>', 'p99 latency limit of a passing step', number)
    .option('--storm-fraction <f>', 'share of sockets a storm drops (0..1)', number)
    .option('--storm-jitter <ms>', 'spread of reconnects after a storm', number)
    .option('--compare', 'also measure the reference servers (fanout) or raw SQLite (persist)')
    .option('--no-compare', 'skip the references')
    .option('--database <db>', 'sqlite, postgresql or both')
    .option('--postgres-url <url>', 'PostgreSQL server for --database postgresql')
    .option('--cpu-prof <dir>', 'write V8 CPU profiles of the server processes to this folder')
    .option('--json', 'print one JSON summary as the last line')
    .action(async (scenarioArg: string, flags: Record<string, any>) => {
      if (!(SCENARIOS as readonly string[]).includes(scenarioArg)) {
        process.stderr.write(`kefu bench: unknown scenario ${JSON.stringify(scenarioArg)}; use one of ${SCENARIOS.join(', ')}\n`);
        process.exit(2);
      }
      const options = resolveOptions(scenarioArg as Scenario, {
        connections: flags.connections,
        agents: flags.agents,
        workers: flags.workers,
        instances: flags.instances,
        redis: flags.redis as BenchOptions['redis'] | undefined,
        clientProcesses: flags.clientProcesses,
        connectRate: flags.connectRate,
        holdSec: flags.hold,
        rate: flags.rate,
        stepSec: flags.step,
        maxSteps: flags.maxSteps,
        p99LimitMs: flags.p99Limit,
        stormFraction: flags.stormFraction,
        stormJitterMs: flags.stormJitter,
        compare: flags.compare,
        database: flags.database as BenchOptions['database'] | undefined,
        postgresUrl: flags.postgresUrl,
        cpuProfDir: flags.cpuProf,
      });
      if (!['none', 'redis', 'cluster'].includes(options.redis) || (options.instances > 1 && options.redis === 'none')) {
        process.stderr.write('kefu bench: --redis must be none, redis or cluster, and --instances above 1 needs --redis redis or --redis cluster\n');
        process.exit(2);
      }
      const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
      // Exit through process.exit so the servers and client processes started by the run are stopped.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
      const { formatReport, runBench } = await import('../../bench/src/run-bench.ts');
      const result = await runBench(options);
      process.stdout.write(formatReport(options, result, machine) + '\n');
      if (flags.json) process.stdout.write(JSON.stringify({ ...result.summary, isCorrect: result.isCorrect, machine, options }) + '\n');
      process.exit(result.isCorrect ? 0 : 1);
    });
}
