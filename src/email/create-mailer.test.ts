// The mailer queues and retries: an email enqueued while the SMTP server is down goes out once it
// is up, and enqueue never throws at the caller.
import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import { loadConfig } from '../config.ts';
import { freePort } from '../testing/free-port.ts';
import { startSmtpInbox, type SmtpInbox } from '../testing/smtp-inbox.ts';
import { createMailer, type Mailer } from './create-mailer.ts';

let mailer: Mailer | undefined;
let inbox: SmtpInbox | undefined;
afterEach(async () => {
  await mailer?.close();
  await inbox?.close();
});

it('keeps an email while the SMTP server is down and delivers it when the server comes up', async () => {
  const port = await freePort();
  const config = loadConfig({ overrides: { email: { smtpUrl: `smtp://127.0.0.1:${port}`, retryDelayMs: 50, maxAttempts: 20 }, log: { level: 'silent' } } });
  mailer = createMailer(config.email, createLogger(config));
  expect(() => mailer!.enqueue({ kind: 'transcript', workspaceId: 'w', conversationId: 'c', to: ['late@example.com'], subject: 'Later', text: 'Delivered after a retry' })).not.toThrow();
  inbox = await startSmtpInbox(port);
  const mail = await inbox.waitFor((m) => m.to.includes('late@example.com'));
  expect(mail.text).toContain('Delivered after a retry');
});

it('is off without an SMTP URL, and enqueue is then a no-op', async () => {
  const config = loadConfig({ overrides: { log: { level: 'silent' } } });
  mailer = createMailer(config.email, createLogger(config));
  expect(mailer.isEnabled).toBe(false);
  expect(() => mailer!.enqueue({ kind: 'transcript', workspaceId: 'w', conversationId: 'c', to: ['x@example.com'], subject: 's', text: 't' })).not.toThrow();
});
