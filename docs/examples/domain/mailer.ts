import { injectable } from 'inversify';

/** Sends mail. A real application binds an SMTP or API adapter; this one only remembers. */
@injectable()
export class Mailer {
  /** Every message sent, for the examples to look at. */
  readonly sent: { readonly to: string; readonly text: string }[] = [];

  /** Sends one message. */
  async send(to: string, text: string): Promise<void> {
    this.sent.push({ to, text });
  }
}
