import type { ServiceIdentifier } from 'inversify';
import type { Email } from './email.js';

/** The port through which the pizzeria sends email; adapters decide how (a local mailbox, SMTP as well). */
export interface Mailer {
  /** Sends one email; sending the same `messageId` again must not send it twice. */
  send(email: Email): Promise<void>;
}

/** The container token of the `Mailer` port. */
export const Mailer: ServiceIdentifier<Mailer> = Symbol.for('pizzeria.Mailer');
