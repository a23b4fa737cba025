// What the SQLite writer thread and the process that started it say to each other. Errors cross
// as data: structured cloning would keep neither a KefuError's class nor a driver error's code,
// and callers branch on both (a duplicate clientMessageId is a unique violation).
import { KefuError, type ErrorCode } from '../../errors.ts';
import type { Outcome, TransactionCall } from './sqlite-group-commit.ts';

export interface WriterOptions {
  file: string;
  busyTimeoutMs: number;
}

export type ToWriter = { type: 'batch'; id: number; calls: TransactionCall[] } | { type: 'close' };

export type SentError = { kefu: true; code: ErrorCode; message: string; extensions: Record<string, unknown> } | { kefu: false; name: string; message: string; code?: string; stack?: string };

export type SentOutcome = { ok: true; value: unknown } | { ok: false; error: SentError };

export type FromWriter = { type: 'ready' } | { type: 'done'; id: number; outcomes: SentOutcome[] };

export function sendableOutcome(outcome: Outcome): SentOutcome {
  if (outcome.ok) return outcome;
  const { error } = outcome;
  if (error instanceof KefuError) {
    const { code: _code, ...extensions } = error.extensions;
    return { ok: false, error: { kefu: true, code: error.code, message: error.message, extensions } };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, error: { kefu: false, name: e.name, message: e.message, code: (e as { code?: unknown }).code as string | undefined, stack: e.stack } };
}

export function receivedError(sent: SentError): Error {
  if (sent.kefu) return new KefuError(sent.code, sent.message, sent.extensions);
  const error = Object.assign(new Error(sent.message), sent.code === undefined ? {} : { code: sent.code });
  error.name = sent.name;
  if (sent.stack) error.stack = sent.stack;
  return error;
}
