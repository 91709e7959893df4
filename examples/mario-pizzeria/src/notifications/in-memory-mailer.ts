import type { Email } from './email.js';
import type { Mailbox } from './mailbox.js';
import type { SentMail } from './sent-mail.js';

/** A mailbox in memory, for `PIZZERIA_STORAGE=memory`, the demo and tests: nothing survives a restart. */
export class InMemoryMailer implements Mailbox {
  private readonly outbox = new Map<string, { readonly email: Email; readonly mail: SentMail }>();

  /** Keeps the email; a repeated `messageId` is ignored. */
  async send(email: Email): Promise<void> {
    if (this.outbox.has(email.messageId)) return;
    const mail: SentMail = {
      messageId: email.messageId,
      orderId: email.orderId ?? null,
      to: email.to,
      subject: email.subject,
      body: email.text,
      sentAt: new Date().toISOString(),
    };
    this.outbox.set(email.messageId, { email, mail });
  }

  /** Whether the email was kept. */
  async has(messageId: string): Promise<boolean> {
    return this.outbox.has(messageId);
  }

  /** The last `limit` mails, newest first. */
  async recent(limit: number): Promise<SentMail[]> {
    return this.newestFirst().slice(0, limit);
  }

  /** The order's mails, newest first. */
  async forOrder(orderId: string): Promise<SentMail[]> {
    return this.newestFirst().filter((mail) => mail.orderId === orderId);
  }

  /** Every email sent, oldest first. */
  get sent(): readonly Email[] {
    return [...this.outbox.values()].map((entry) => entry.email);
  }

  private newestFirst(): SentMail[] {
    return [...this.outbox.values()].map((entry) => entry.mail).reverse();
  }
}
