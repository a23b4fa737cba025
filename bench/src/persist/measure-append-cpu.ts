// CPU per stored message of the store step alone, in one process: appendEvents (what sendMessage
// stores) in waves of 20 concurrent appends over N conversations on a fresh SQLite file, then the
// raw better-sqlite3 insert of every row a message stores (raw-sqlite-insert.ts, this checkout's,
// 100 messages per transaction) into that file. The code measured is the checkout at <root> (default: this one), so a before/after pair
// can alternate in the same minutes: export the old commit with `git archive <commit> | tar -x -C
// <dir>`, link node_modules into it and run `node scripts/prisma-generate.mjs` there.
// Usage: node --import tsx bench/src/persist/measure-append-cpu.ts [root] [seconds=8] [conversations=400]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { runRawSqliteInsert } from './raw-sqlite-insert.ts';

const root = resolve(process.argv[2] ?? new URL('../../../', import.meta.url).pathname);
const seconds = Number(process.argv[3] ?? 8);
const conversationCount = Number(process.argv[4] ?? 400);
const load = (path: string) => import(join(root, path));

const { resolveDatabaseTarget } = await load('src/storage/database-url.ts');
const { applyMigrations } = await load('src/storage/migrate.ts');
const { openDatabase } = await load('src/storage/open-database.ts');
const { appendEvents } = await load('src/conversation-log/append-event.ts');
const { createConversation } = await load('src/storage/sql/conversation.ts');
const { createMetrics } = await load('src/metrics.ts');

const dir = mkdtempSync(join(tmpdir(), 'kefu-append-cpu-'));
const target = resolveDatabaseTarget({ database: { url: `file:${dir}/kefu.db` }, dataDir: dir });
await applyMigrations(target);
const database = await openDatabase(target, console);
// Commits before the inbox-order trail (issue 19) have no trail module and need none.
const trail = join(root, 'src/conversation-log/trail-inbox-order.ts');
const inboxOrder = existsSync(trail) ? (await import(trail)).createInboxOrderTrail({ sql: database.sql, log: pino({ level: 'silent' }) }) : undefined;
const deps = { sql: database.sql, metrics: createMetrics(), inboxOrder };
const workspace = await database.db.workspace.create({ data: { name: 'Append CPU', widgetKey: `wk-${Date.now()}` } });
const conversations: { id: string; visitorId: string }[] = [];
for (let i = 0; i < conversationCount; i++) {
  const visitor = await database.db.visitor.create({ data: { workspaceId: workspace.id } });
  conversations.push(await createConversation(database.sql, { workspaceId: workspace.id, visitorId: visitor.id }));
}

let appended = 0;
let sent = 0;
const wave = () =>
  Promise.all(
    Array.from({ length: 20 }, () => {
      const c = conversations[sent % conversations.length]!;
      sent++;
      appended++;
      return appendEvents(deps, [{ workspaceId: workspace.id, conversationId: c.id, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: c.visitorId, body: `hello ${sent} 退款 refund`, clientMessageId: `m-${sent}` }]);
    }),
  );
for (let i = 0; i < 50; i++) await wave(); // warm-up: statements prepared, code optimised
appended = 0;
const loadAverage = loadavg().map((x) => x.toFixed(1)).join(' / ');
const cpuBefore = process.cpuUsage();
const started = performance.now();
while (performance.now() - started < seconds * 1000) await wave();
await inboxOrder?.flush(); // the trailing copy is part of the cost
const cpu = process.cpuUsage(cpuBefore);
const wallSeconds = (performance.now() - started) / 1000;
await inboxOrder?.close();
await database.close();

const rawCpuBefore = process.cpuUsage();
const raw = runRawSqliteInsert(`${dir}/kefu.db`, { durationMs: 5000, batchSize: 100, rows: 'every' });
const rawCpu = process.cpuUsage(rawCpuBefore);
const kefuUsPerMessage = (cpu.user + cpu.system) / appended;
const rawUsPerMessage = (rawCpu.user + rawCpu.system) / raw.messages;
console.log(
  JSON.stringify({ root, conversations: conversationCount, loadAverage, messages: appended, messagesPerSec: Math.round(appended / wallSeconds), kefuUsPerMessage: Math.round(kefuUsPerMessage), rawMessagesPerSec: raw.messagesPerSec, rawUsPerMessage: Math.round(rawUsPerMessage), kefuToRawByCpu: Number((rawUsPerMessage / kefuUsPerMessage).toFixed(3)) }),
);
rmSync(dir, { recursive: true, force: true });
