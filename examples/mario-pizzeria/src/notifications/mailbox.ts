import type { ServiceIdentifier } from 'inversify';
import type { Mailer } from './mailer.js';
import type { SentMail } from './sent-mail.js';

/**
 * A mailer that keeps every email it sends, so the UI can show them: a local outbox standing in for a
 * real mail server (in memory, or SQL in `storage/`). `send` records; a repeated `messageId` is ignored.
 */
export interface Mailbox extends Mailer {
  /** Whether an email with this `messageId` was already recorded (a relaying mailer sends it once). */
  has(messageId: string): Promise<boolean>;
  /** The most recent mails, newest first. */
  recent(limit: number): Promise<SentMail[]>;
  /** The mails about one order, newest first. */
  forOrder(orderId: string): Promise<SentMail[]>;
}

/** The container token of the `Mailbox` port. */
export const Mailbox: ServiceIdentifier<Mailbox> = Symbol.for('pizzeria.Mailbox');
