import { describe, expect, it } from '@jest/globals';
import { createMailer } from './create-mailer.js';
import type { Email } from './email.js';
import { InMemoryMailer } from './in-memory-mailer.js';
import { SmtpMailer, type SmtpTransport } from './smtp-mailer.js';

type Message = Parameters<SmtpTransport['sendMail']>[0];

/** Stands in for nodemailer's SMTP transport: keeps what it is asked to send, or refuses it. */
class FakeTransport implements SmtpTransport {
  readonly sent: Message[] = [];
  refuse = false;
  async sendMail(message: Message): Promise<unknown> {
    if (this.refuse) throw new Error('421 try again later');
    this.sent.push(message);
    return { messageId: message.messageId };
  }
}

const email: Email = {
  messageId: 'order-confirmed-e-1',
  orderId: 'o-1',
  to: 'luigi@example.com',
  subject: "Mario's Pizzeria: order o-1 confirmed",
  text: 'Ciao Luigi!',
};

describe('SmtpMailer', () => {
  it('sends over SMTP from the configured sender and still records the mail in the mailbox', async () => {
    const mailbox = new InMemoryMailer();
    const transport = new FakeTransport();
    await new SmtpMailer(mailbox, transport, 'Mario <m@example.com>').send(email);

    expect(transport.sent).toEqual([
      {
        from: 'Mario <m@example.com>',
        to: 'luigi@example.com',
        subject: email.subject,
        text: 'Ciao Luigi!',
        messageId: '<order-confirmed-e-1@mario-pizzeria.example>',
      },
    ]);
    expect(await mailbox.forOrder('o-1')).toEqual([
      expect.objectContaining({ messageId: email.messageId, to: email.to, body: 'Ciao Luigi!' }),
    ]);
  });

  it('sends a redelivered email once', async () => {
    const mailbox = new InMemoryMailer();
    const transport = new FakeTransport();
    const mailer = new SmtpMailer(mailbox, transport, 'm@example.com');
    await mailer.send(email);
    await mailer.send(email);
    expect(transport.sent).toHaveLength(1);
    expect(mailbox.sent).toHaveLength(1);
  });

  it('records nothing when the server refuses, so the retry sends it', async () => {
    const mailbox = new InMemoryMailer();
    const transport = new FakeTransport();
    const mailer = new SmtpMailer(mailbox, transport, 'm@example.com');
    transport.refuse = true;
    await expect(mailer.send(email)).rejects.toThrow('421');
    expect(await mailbox.has(email.messageId)).toBe(false);
    transport.refuse = false;
    await mailer.send(email);
    expect(transport.sent).toHaveLength(1);
    expect(await mailbox.has(email.messageId)).toBe(true);
  });
});

describe('createMailer', () => {
  it('sends through the mailbox alone without SMTP_URL, and through SMTP with it', () => {
    const mailbox = new InMemoryMailer();
    expect(createMailer(mailbox, {})).toBe(mailbox);
    expect(createMailer(mailbox, { SMTP_URL: '' })).toBe(mailbox);
    // nodemailer connects on the first email, so building the mailer needs no server.
    expect(createMailer(mailbox, { SMTP_URL: 'smtp://mario:pw@localhost:2525' })).toBeInstanceOf(SmtpMailer);
  });
});
