// connections: ramp to N subscribed sockets with jittered pacing, prove each is subscribed (one
// message per conversation must reach every member), then hold them idle and measure the
// server's idle CPU (the hold should cover a 30 s keepalive round) and its memory per connection:
// RSS and V8 heap after a forced GC, above the same server restarted after setup (the baseline).
import { emptySummary, formatStep, stealWarnings, type BenchResult } from '../bench-result.ts';
import { conversationsOf, type BenchOptions } from '../options.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import { openSession } from '../run-session.ts';
import type { MemoryAfterGc } from '../servers/read-memory-after-gc.ts';
import { coresSince, markUsage, readProcessUsage, readSlabBytes } from '../servers/sample-processes.ts';
import { accountDeliveries } from './account-deliveries.ts';
import { runStep } from './run-step.ts';

export async function runConnectionsScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const session = await openSession('kefu', options, display, { isMeasuringMemory: true });
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
    const { freshIdle, afterSetup } = session.memory!;
    const heldAfterGc = await session.readMemoryAfterGc();
    const perConn = (bytes: number) => Math.round(bytes / connect.subscribed);
    const rssPerConn = perConn(heldAfterGc.rssBytes - afterSetup.rssBytes);
    const heapPerConn = perConn(heldAfterGc.heapUsedBytes - afterSetup.heapUsedBytes);
    const slabPerSocketPair = Math.round((slab - session.baseline.slabBytes) / connect.subscribed);
    return {
      summary: {
        ...emptySummary('connections'),
        connections: connect.subscribed,
        lost: account.lost,
        duplicated: account.duplicated,
        reordered: account.reordered,
        rssBytesPerConn: rssPerConn,
        heapBytesPerConn: heapPerConn,
        rssBytesPerConnBeforeGc: perConn(held.rssBytes - session.baseline.rssBytes),
        freshIdleServerRssBytes: freshIdle.rssBytes,
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
        ...account.firstErrors.map((e) => `  error: ${e}`),
        `held ${options.holdSec} s idle: server ${idleCores.toFixed(3)} cores over ${held.processes} processes; RSS ${mb(held.rssBytes)} total before a GC ` +
          `(${kb(perConn(held.rssBytes - session.baseline.rssBytes))} per connection above the baseline); kernel slab +${kb(slabPerSocketPair)} per connection (both socket ends and the client)`,
        `memory after a forced GC, RSS / V8 heap: fresh idle server (empty store) ${formatMemory(freshIdle)}; restarted after setup (baseline) ${formatMemory(afterSetup)}; holding the sockets ${formatMemory(heldAfterGc)}`,
        `per connection above the baseline: RSS ${kb(rssPerConn)}, heap ${kb(heapPerConn)} (V8's reserved heap ${kb(perConn(heldAfterGc.heapTotalBytes - afterSetup.heapTotalBytes))}, ` +
          `external ${kb(perConn(heldAfterGc.externalBytes - afterSetup.externalBytes))}); per worker (${formatPerWorker(afterSetup, heldAfterGc, connect.subscribed)})`,
        `load generator used ${(clientCores / 1e6).toFixed(1)} CPU-seconds in total`,
      ],
      warnings: stealWarnings('check', [verify]),
      isCorrect: account.lost + account.duplicated + account.reordered === 0 && connect.failed === 0,
    };
  } finally {
    await session.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Totals, then each process (the first is the cluster primary). */
function formatMemory(memory: MemoryAfterGc): string {
  return `${mb(memory.rssBytes)} / ${mb(memory.heapUsedBytes)} (${memory.processes.map((p) => `${mb(p.rssBytes)} / ${mb(p.heapUsedBytes)}`).join(', ')})`;
}

/** Each worker's growth over its share of the sockets: the primary's round robin hands them out evenly. */
function formatPerWorker(before: MemoryAfterGc, after: MemoryAfterGc, sockets: number): string {
  const workers = after.processes.length > 1 ? after.processes.slice(1) : after.processes;
  return workers
    .map((worker) => {
      const was = before.processes.find((p) => p.pid === worker.pid);
      if (!was) return `pid ${worker.pid} restarted`;
      const share = sockets / workers.length;
      return `RSS ${kb((worker.rssBytes - was.rssBytes) / share)}, heap ${kb((worker.heapUsedBytes - was.heapUsedBytes) / share)}`;
    })
    .join('; ');
}
