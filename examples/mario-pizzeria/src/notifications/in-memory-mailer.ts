import type { Email } from './email.js';
import type { Mailer } from './mailer.js';

/** A mailer that keeps what it sends, for the demo and for tests. */
export class InMemoryMailer implements Mailer {
  private readonly outbox = new Map<string, Email>();

  /** Keeps the email; a repeated `messageId` is ignored. */
  async send(email: Email): Promise<void> {
    if (!this.outbox.has(email.messageId)) this.outbox.set(email.messageId, email);
  }

  /** Every email sent, oldest first. */
  get sent(): readonly Email[] {
    return [...this.outbox.values()];
  }
}
