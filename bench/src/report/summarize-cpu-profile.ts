// Where a V8 .cpuprofile (from `kefu bench … --cpu-prof <dir>`) spends its busy time: by area
// (npm package or Kefu folder; wasm, native and node-internal frames count for the nearest
// JavaScript caller that has an area, so TensorFlow's wasm is not mistaken for Prisma's), by the
// nearest Kefu function on the stack, and the widest leaves. For the graph itself open the file
// in Chrome DevTools (Performance) or https://www.speedscope.app.
// Usage: node --import tsx bench/src/report/summarize-cpu-profile.ts <file.cpuprofile> [--after <s>] [--top <n>]
//   --after skips the first seconds (start-up: module loading, the bot's warm-up training).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** An npm package, a Kefu folder (src/messages), or null for wasm, native and node internals. */
function areaOf(url: string): string | null {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/src/storage/generated/')) return 'prisma (generated client)';
  const own = /\/(src\/[^/]+|bench\/src)\//.exec(url);
  return own ? own[1]! : null;
}

function kindOf(url: string): string {
  if (url.startsWith('wasm://')) return 'wasm';
  return url.startsWith('node:') ? 'node internals' : url ? 'other' : 'native';
}

export function summarizeCpuProfile(profile: CpuProfile, { top = 25, afterSec = 0 } = {}): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ancestors = function* (id: number) {
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) yield byId.get(cur)!;
  };
  const areaUs = new Map<string, number>();
  const kefuUs = new Map<string, number>();
  const leafUs = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
  let elapsedUs = 0;
  let windowUs = 0;
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    elapsedUs += us;
    if (elapsedUs < afterSec * 1e6) return;
    windowUs += us;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    busyUs += us;
    let area = frame.functionName === '(garbage collector)' ? '(garbage collector)' : areaOf(frame.url);
    if (area === null) {
      const caller = [...ancestors(id)].map((n) => areaOf(n.callFrame.url)).find((a) => a !== null);
      area = `${kindOf(frame.url)}${caller ? ` ← ${caller}` : ''}`;
    }
    add(areaUs, area, us);
    const kefu = [...ancestors(id)].find((n) => /\/(src|bench\/src)\//.test(n.callFrame.url) && !n.callFrame.url.includes('/generated/'));
    add(kefuUs, kefu ? `${kefu.callFrame.functionName || '(anonymous)'} ${kefu.callFrame.url.replace(/^.*?\/(src|bench)\//, '$1/')}` : '(no Kefu frame)', us);
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
    add(leafUs, `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`, us);
  });
  const pct = (us: number) => `${((us / busyUs) * 100).toFixed(1).padStart(5)}%`;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `busy ${(busyUs / 1e6).toFixed(2)} s of ${(windowUs / 1e6).toFixed(2)} s${afterSec ? ` (after the first ${afterSec} s)` : ''}; self time by area (share of busy):`,
    ...sorted(areaUs).map(([key, us]) => `${pct(us)}  ${key}`),
    'by the nearest Kefu function on the stack:',
    ...sorted(kefuUs).map(([key, us]) => `${pct(us)}  ${key}`),
    'top functions by self time:',
    ...sorted(leafUs).map(([key, us]) => `${pct(us)}  ${key}`),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { after: { type: 'string' }, top: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [--after <s>] [--top <n>]');
  const lines = summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, { top: Number(values.top ?? 25), afterSec: Number(values.after ?? 0) });
  process.stdout.write(lines.join('\n') + '\n');
}
