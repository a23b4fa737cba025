import { destination as pinoDestination, pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.ts';

export type { Logger };

function defaultDestination(format: Config['log']['format']): DestinationStream {
  const isPretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return isPretty ? pretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'hostname' }) : pinoDestination({ fd: 1, sync: false });
}

// Log lines stay small whatever fails: a Prisma validation error's message carries a code frame of
// its minified client (≈50 KB), and an anonymous request could otherwise write that per attempt.
const MAX_MESSAGE_CHARS = 1_000;
const MAX_STACK_FRAMES = 12;
const MAX_FRAME_CHARS = 200;

/** Keeps the start and the end of a long text (Prisma puts the reason last), marking the cut. */
function truncateMiddle(text: string, maxChars = MAX_MESSAGE_CHARS): string {
  if (text.length <= maxChars) return text;
  const head = Math.floor(maxChars * 0.3);
  const tail = maxChars - head;
  return `${text.slice(0, head)} …[${text.length - maxChars} chars cut]… ${text.slice(-tail)}`;
}

/** pino's `err` serializer, bounded: name, code, the message cut to 1,000 chars, at most 12 frames. */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return truncateMiddle(typeof error === 'string' ? error : String(JSON.stringify(error)));
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_STACK_FRAMES)
    .map((line) => line.trim().slice(0, MAX_FRAME_CHARS));
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: truncateMiddle(error.message),
    stack: frames.join('\n'),
    ...(error.cause !== undefined && depth < 2 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/** The root logger; everything else uses children of it. Message bodies and secrets are redacted; errors are bounded. */
export function createLogger(config: { log: Pick<Config['log'], 'level'> & Partial<Config['log']> }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.log.level,
      base: { pid: process.pid },
      serializers: { err: serializeError },
      redact: {
        paths: ['token', 'password', 'authorization', '*.token', '*.password', '*.body', 'body', 'secret', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination ?? defaultDestination(config.log.format ?? 'auto'),
  );
}
