// Outgoing email over SMTP (nodemailer), off until config email.smtpUrl is set. Callers only
// enqueue: sending happens in the background, one email at a time, with retries that back off
// (email.maxAttempts, email.retryDelayMs), so a slow or broken SMTP server never blocks or fails
// a message. The queue lives in this process's memory: emails still queued when the process dies
// are lost, and stop() logs how many.
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

export interface Email {
  to: string[];
  subject: string;
  text: string;
  replyTo?: string;
  /** Why it is sent, for the log (never the addresses or the body). */
  kind: 'left-message' | 'waiting-visitor' | 'transcript';
  workspaceId: string;
  conversationId: string;
}

export interface Mailer {
  readonly isEnabled: boolean;
  /** Queues the email and returns at once; a full queue or a disabled mailer drops it with a log line. */
  enqueue(email: Email): void;
  close(): Promise<void>;
}

const MAX_QUEUED = 1_000;

interface Queued {
  email: Email;
  attempt: number;
}

export function createMailer(config: Config['email'], log: Logger): Mailer {
  if (!config.smtpUrl) {
    return {
      isEnabled: false,
      enqueue: (email) => log.debug({ kind: email.kind, conversationId: email.conversationId }, 'email off: not sent'),
      close: async () => {},
    };
  }
  // Bounded waits, so a silent server turns into a retry instead of a stuck queue.
  const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  const queue: Queued[] = [];
  const retries = new Set<ReturnType<typeof setTimeout>>();
  let sending: Promise<void> | null = null;
  let isClosed = false;

  const sendOne = async ({ email, attempt }: Queued) => {
    const context = { kind: email.kind, workspaceId: email.workspaceId, conversationId: email.conversationId, attempt };
    try {
      await transport.sendMail({ from: config.from, to: email.to, subject: email.subject, text: email.text, replyTo: email.replyTo });
      log.info(context, 'email sent');
    } catch (error) {
      if (attempt >= config.maxAttempts || isClosed) {
        log.error({ ...context, err: error }, 'email lost after its last try');
        return;
      }
      log.warn({ ...context, err: error }, 'email failed; will retry');
      const timer = setTimeout(() => {
        retries.delete(timer);
        push({ email, attempt: attempt + 1 });
      }, config.retryDelayMs * 2 ** (attempt - 1));
      timer.unref();
      retries.add(timer);
    }
  };

  const drain = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await sendOne(next);
    sending = null;
  };

  const push = (item: Queued) => {
    if (isClosed) return;
    if (queue.length >= MAX_QUEUED) {
      log.error({ kind: item.email.kind, conversationId: item.email.conversationId }, 'email queue full: email dropped');
      return;
    }
    queue.push(item);
    sending ??= drain();
  };

  return {
    isEnabled: true,
    enqueue: (email) => push({ email, attempt: 1 }),
    async close() {
      // Let the queued ones go out (tries end at once now), then drop pending retries.
      await sending;
      isClosed = true;
      for (const timer of retries) clearTimeout(timer);
      if (retries.size > 0) log.warn({ dropped: retries.size }, 'emails waiting for a retry were not sent');
      transport.close();
    },
  };
}
