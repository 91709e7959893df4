import nodemailer from 'nodemailer';
import type { Email } from './email.js';
import type { Mailbox } from './mailbox.js';
import type { Mailer } from './mailer.js';
import type { SmtpConfig } from './smtp-config.js';

/** The part of a nodemailer transport the `SmtpMailer` uses, so tests can pass a fake. */
export type SmtpTransport = {
  sendMail(message: {
    readonly from: string;
    readonly to: string;
    readonly subject: string;
    readonly text: string;
    readonly messageId: string;
  }): Promise<unknown>;
};

/**
 * Sends each email over SMTP and records it in the mailbox, so the UI shows it too. An email the
 * mailbox already holds is not sent again (a redelivered event); one the server refused is not recorded,
 * so the handler's retry sends it. Only a crash between the two can send it twice.
 */
export class SmtpMailer implements Mailer {
  /** Relays through `transport`, recording in `mailbox`. */
  constructor(
    private readonly mailbox: Mailbox,
    private readonly transport: SmtpTransport,
    private readonly from: string,
  ) {}

  /** A mailer with a nodemailer SMTP transport for `config`; it connects when the first email goes out. */
  static connect(mailbox: Mailbox, config: SmtpConfig): SmtpMailer {
    const transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      ...(config.auth === undefined ? {} : { auth: { user: config.auth.user, pass: config.auth.pass } }),
    });
    return new SmtpMailer(mailbox, transport, config.from);
  }

  /** Sends the email unless it was recorded already, then records it. */
  async send(email: Email): Promise<void> {
    if (await this.mailbox.has(email.messageId)) return;
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      // A stable Message-ID lets the receiving side spot the duplicate a crash could still cause.
      messageId: `<${email.messageId}@mario-pizzeria.example>`,
    });
    await this.mailbox.send(email);
  }
}
