import { destination as pinoDestination, pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/** The root logger; everything else uses children of it. Message bodies and secrets are redacted. */
export function createLogger(config: Pick<Config, 'log'>, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: config.log.level,
      base: { pid: process.pid },
      redact: {
        paths: ['token', 'password', 'authorization', '*.token', '*.password', '*.body', 'body', 'secret', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination ?? pinoDestination({ fd: 1, sync: false }),
  );
}
