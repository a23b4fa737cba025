import { destination as pinoDestination, pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.ts';

export type { Logger };

function defaultDestination(format: Config['log']['format']): DestinationStream {
  const isPretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return isPretty ? pretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'hostname' }) : pinoDestination({ fd: 1, sync: false });
}

/** The root logger; everything else uses children of it. Message bodies and secrets are redacted. */
export function createLogger(config: { log: Pick<Config['log'], 'level'> & Partial<Config['log']> }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.log.level,
      base: { pid: process.pid },
      redact: {
        paths: ['token', 'password', 'authorization', '*.token', '*.password', '*.body', 'body', 'secret', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination ?? defaultDestination(config.log.format ?? 'auto'),
  );
}
