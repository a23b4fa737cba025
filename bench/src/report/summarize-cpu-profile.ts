// Top functions by self time in a V8 .cpuprofile (from `kefu bench … --cpu-prof <dir>`), grouped
// by function and file: the text form of a flame graph's widest leaves. For the graph itself,
// open the file in Chrome DevTools (Performance) or https://www.speedscope.app.
// Usage: node --import tsx bench/src/report/summarize-cpu-profile.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a Kefu folder (src/messages), node internals, wasm. */
function areaOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(src\/[^/]+|bench\/src)\//.exec(url);
  if (own) return own[1]!.startsWith('src/storage') ? 'prisma (generated client)' : own[1]!;
  if (url.startsWith('wasm://')) return 'wasm (Prisma query compiler)';
  return url.startsWith('node:') ? 'node internals' : url ? 'other' : '(native, GC, idle)';
}

export function summarizeCpuProfile(profile: CpuProfile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const areaUs = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    const us = profile.timeDeltas[i] ?? 0;
    if (frame.functionName === '(idle)') idleUs += us;
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
    const area = frame.functionName === '(garbage collector)' ? '(garbage collector)' : areaOf(frame.url);
    if (frame.functionName !== '(idle)') areaUs.set(area, (areaUs.get(area) ?? 0) + us);
    totalUs += us;
  });
  const busyUs = totalUs - idleUs;
  const pct = (us: number, of: number) => `${((us / of) * 100).toFixed(1).padStart(5)}%`;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `busy ${(busyUs / 1e6).toFixed(1)} s of ${(totalUs / 1e6).toFixed(1)} s; self time by area (share of busy):`,
    ...sorted(areaUs).map(([area, us]) => `${pct(us, busyUs)}  ${area}`),
    'top functions by self time (share of busy):',
    ...sorted(selfUs)
      .filter(([key]) => !key.startsWith('(idle)'))
      .map(([key, us]) => `${pct(us, busyUs)}  ${key}`),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [top]');
  process.stdout.write(summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(process.argv[3] ?? 25)).join('\n') + '\n');
}
