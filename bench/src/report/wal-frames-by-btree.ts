// What a SQLite commit writes: the frames of the newest commits in a WAL, grouped by the table or
// index each page belongs to. Every frame is a page written (two pwrite calls and a checksum), so
// this shows which b-trees the write path dirties per commit. Copy kefu.db and kefu.db-wal out of a
// running server's data directory first (the copy is opened, which applies the WAL to it).
// Usage: node --import tsx bench/src/report/wal-frames-by-btree.ts <copy of kefu.db> [--commits <n>]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

interface Frame {
  page: number;
  isCommit: boolean;
}

/** The frames of the WAL's current generation (those carrying the header's salts), in order. */
function readFrames(walPath: string): Frame[] {
  const wal = readFileSync(walPath);
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const frames: Frame[] = [];
  for (let at = WAL_HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= wal.length; at += FRAME_HEADER_BYTES + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salts[0] || wal.readUInt32BE(at + 12) !== salts[1]) break;
    frames.push({ page: wal.readUInt32BE(at), isCommit: wal.readUInt32BE(at + 4) !== 0 });
  }
  return frames;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { commits: { type: 'string', default: '500' } } });
const dbPath = positionals[0];
if (!dbPath) throw new Error('usage: wal-frames-by-btree.ts <copy of kefu.db> [--commits <n>]');
const frames = readFrames(`${dbPath}-wal`);
const db = new Database(dbPath, { readonly: true });
const btreeOfPage = new Map((db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map((row) => [row.pageno, row.name]));
db.close();

const commitEnds = frames.flatMap((frame, i) => (frame.isCommit ? [i] : []));
const commits = Math.min(Number(values.commits), commitEnds.length - 1);
const first = commitEnds[commitEnds.length - commits - 1]! + 1;
const byBtree = new Map<string, number>();
for (const { page } of frames.slice(first)) {
  const name = btreeOfPage.get(page) ?? '(freelist or new page)';
  byBtree.set(name, (byBtree.get(name) ?? 0) + 1);
}
const sizes = commitEnds.slice(-commits).map((end, i, ends) => end - (i === 0 ? first - 1 : ends[i - 1]!)).sort((a, b) => a - b);
const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))];
console.log(`${commits} commits, frames per commit: mean ${((frames.length - first) / commits).toFixed(1)}, p10 ${at(0.1)}, p50 ${at(0.5)}, p90 ${at(0.9)}`);
for (const [name, count] of [...byBtree].sort((a, b) => b[1] - a[1])) console.log(`${(count / commits).toFixed(2).padStart(7)}  ${name}`);
