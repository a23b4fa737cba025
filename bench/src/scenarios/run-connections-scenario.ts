// connections: ramp to N subscribed sockets with jittered pacing, prove each is subscribed (one
// message per conversation must reach every member), then hold them idle and measure the
// server's RSS per connection and idle CPU (the hold should cover a 30 s keepalive round).
import { emptySummary, formatStep, type BenchResult } from '../bench-result.ts';
import { conversationsOf, type BenchOptions } from '../options.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import { openSession } from '../run-session.ts';
import { coresSince, markUsage, readProcessUsage, readSlabBytes } from '../servers/sample-processes.ts';
import { accountDeliveries } from './account-deliveries.ts';
import { runStep } from './run-step.ts';

export async function runConnectionsScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const session = await openSession('kefu', options, display);
  try {
    const { connect } = session;
    const members = 1 + options.agents;
    const messagesPerSec = Math.min(conversationsOf(options), 1000);
    display.phase(`${session.label}: checking every socket gets a message`);
    const verify = await runStep(session, messagesPerSec * members, Math.ceil(conversationsOf(options) / messagesPerSec), options.agents);
    const account = await accountDeliveries(session);
    display.phase(`${session.label}: holding ${connect.subscribed} idle sockets for ${options.holdSec} s`);
    const mark = markUsage(session.serverPids());
    await new Promise((r) => setTimeout(r, options.holdSec * 1000));
    const idleCores = coresSince(session.serverPids(), mark);
    const held = readProcessUsage(session.serverPids());
    const slab = readSlabBytes();
    const clientCores = (await session.pool.report()).reduce((n, r) => n + r.cpuUs, 0);
    const rssPerConn = Math.round((held.rssBytes - session.baseline.rssBytes) / connect.subscribed);
    const slabPerSocketPair = Math.round((slab - session.baseline.slabBytes) / connect.subscribed);
    return {
      summary: {
        ...emptySummary('connections'),
        connections: connect.subscribed,
        lost: account.lost,
        duplicated: account.duplicated,
        reordered: account.reordered,
        rssBytesPerConn: rssPerConn,
        connectsPerSec: Math.round(connect.connectsPerSec),
        idleServerCores: Number(idleCores.toFixed(3)),
        serverRssBytes: held.rssBytes,
        serverProcesses: held.processes,
        kernelSlabBytesPerConn: slabPerSocketPair,
      },
      report: [
        `${session.label}: ${connect.subscribed}/${session.connections} sockets subscribed in ${(connect.durationMs / 1000).toFixed(1)} s (${Math.round(connect.connectsPerSec)}/s, ${session.pool.processes} client processes)`,
        formatStep('check (one message per conversation):', verify),
        `check: lost ${account.lost}, duplicated ${account.duplicated}, reordered ${account.reordered}`,
        `held ${options.holdSec} s idle: server ${idleCores.toFixed(3)} cores over ${held.processes} processes; RSS ${(held.rssBytes / 2 ** 20).toFixed(0)} MB total, ` +
          `${(rssPerConn / 1024).toFixed(1)} KB per connection above the pre-connect baseline; kernel slab +${(slabPerSocketPair / 1024).toFixed(1)} KB per connection (both socket ends and the client)`,
        `load generator used ${(clientCores / 1e6).toFixed(1)} CPU-seconds in total`,
      ],
      warnings: [],
      isCorrect: account.lost + account.duplicated + account.reordered === 0 && connect.failed === 0,
    };
  } finally {
    await session.close();
  }
}
