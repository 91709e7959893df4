import type { Mailbox } from './mailbox.js';
import type { Mailer } from './mailer.js';
import { parseSmtpUrl } from './smtp-config.js';
import { SmtpMailer } from './smtp-mailer.js';

/** The environment variables that choose how email goes out. */
export type MailEnv = {
  /** `smtp://user:pass@host:587` (or `smtps://…:465`): send over SMTP as well as keeping the mail. */
  readonly SMTP_URL?: string | undefined;
  /** The sender, e.g. `Mario <orders@example.com>`. */
  readonly SMTP_FROM?: string | undefined;
};

/** The mailbox alone (mail stays local, shown on the mailbox page), or SMTP as well when `SMTP_URL` is set. */
export function createMailer(mailbox: Mailbox, env: MailEnv = process.env): Mailer {
  if (env.SMTP_URL === undefined || env.SMTP_URL === '') return mailbox;
  return SmtpMailer.connect(mailbox, parseSmtpUrl(env.SMTP_URL, env.SMTP_FROM));
}
