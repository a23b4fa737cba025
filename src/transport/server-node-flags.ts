// The Node/V8 flags every Kefu server process runs with. `npm start`, the Dockerfile and the systemd
// unit pass them to the process they start; a cluster primary passes them on to its workers, so a
// server started as `node bin/kefu.mjs start` has them in every worker that serves requests.
//
// --max-semi-space-size=32: V8's young generation (default 2 × 16 MB here) fills in a few
// milliseconds under load, and each scavenge stops the event loop. Twice the room halves the
// scavenges for the same work: 3–10 % less server CPU per delivery, and the p50 at the fan-out knee
// from 50–100 ms to 15–25 ms (bench/README.md, 2026-12-04). 64 MB saved no more, and kept about
// 9 KB of RSS per socket at 20,000 idle sockets; 32 MB kept none measurable.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

const flagName = (flag: string) => flag.split('=')[0]!;

/** `execArgv` with each server flag the caller did not already set (a value the operator chose wins). */
export function withServerNodeFlags(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map(flagName));
  return [...execArgv, ...SERVER_NODE_FLAGS.filter((flag) => !given.has(flagName(flag)))];
}
