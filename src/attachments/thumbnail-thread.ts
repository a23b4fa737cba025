// Thumbnails are made in a worker thread. jimp is pure JavaScript: a 4000 × 3000 PNG of 50 KB
// took a second of CPU to decode and scale, and on the event loop that second froze every socket
// of the process; one visitor uploading such files at the sends rate could keep a worker frozen.
// One thread per process, started on first use, runs one image at a time. Under a burst the
// thumbnail is what gives: an image still waiting after QUEUE_WAIT_MS, or whose decoding fails or
// runs past RUN_LIMIT_MS, is stored without one (clients then scale the original).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { THUMBNAIL_THREAD_SOURCE } from './thumbnail-thread-source.ts';

const QUEUE_WAIT_MS = 10_000;
const RUN_LIMIT_MS = 30_000;

// jimp as this module resolves it: an eval'd thread would resolve from the working directory.
const JIMP = createRequire(import.meta.url).resolve('jimp');

interface Job {
  id: number;
  bytes: Uint8Array;
  maxSide: number;
  type: string;
  queuedAt: number;
  finish(thumbnail: Uint8Array | null): void;
}

type Reply = { id: number; thumbnail: Uint8Array } | { id: number; error: string };

let thread: Worker | null = null;
let running: { job: Job; timer: NodeJS.Timeout } | null = null;
const queue: Job[] = [];
let nextId = 0;

/** The image scaled to fit `maxSide` × `maxSide` and encoded as `type`, or null when there is none to give (see above). */
export function makeThumbnailInThread(bytes: Uint8Array, maxSide: number, type: 'image/jpeg' | 'image/png'): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    queue.push({ id: nextId++, bytes, maxSide, type, queuedAt: Date.now(), finish: resolve });
    runNext();
  });
}

function runNext(): void {
  if (running) return;
  let job = queue.shift();
  while (job && Date.now() - job.queuedAt > QUEUE_WAIT_MS) {
    job.finish(null);
    job = queue.shift();
  }
  if (!job) return;
  const copy = job.bytes.slice();
  running = { job, timer: setTimeout(() => void stopThread(), RUN_LIMIT_MS) };
  startedThread().postMessage({ id: job.id, bytes: copy, maxSide: job.maxSide, type: job.type }, [copy.buffer]);
}

function startedThread(): Worker {
  if (thread) return thread;
  const started = new Worker(THUMBNAIL_THREAD_SOURCE, { eval: true, workerData: { jimp: JIMP } });
  started.on('message', (reply: Reply) => {
    if (running?.job.id !== reply.id) return;
    finishRunning('thumbnail' in reply ? reply.thumbnail : null);
  });
  // A thread that dies (out of memory, terminated for running too long) fails only its current image; the next starts a new one.
  started.on('error', () => {});
  started.on('exit', () => {
    if (thread === started) thread = null;
    finishRunning(null);
  });
  // Idle, the thread must not keep a process alive that has nothing else left to do.
  started.unref();
  return (thread = started);
}

function finishRunning(thumbnail: Uint8Array | null): void {
  if (!running) return;
  clearTimeout(running.timer);
  running.job.finish(thumbnail);
  running = null;
  runNext();
}

/** Its 'exit' then fails the image it was making. */
async function stopThread(): Promise<void> {
  const stopping = thread;
  thread = null;
  await stopping?.terminate();
}
