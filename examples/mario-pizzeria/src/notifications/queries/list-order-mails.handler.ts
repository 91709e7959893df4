import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import { Mailbox } from '../mailbox.js';
import type { SentMail } from '../sent-mail.js';
import { ListOrderMails } from './list-order-mails.query.js';

/** Answers `ListOrderMails` from the mailbox. */
@HandlesQuery(ListOrderMails)
export class ListOrderMailsHandler implements QueryHandler<typeof ListOrderMails> {
  /** Receives the mailbox. */
  constructor(@inject(Mailbox) private readonly mailbox: Mailbox) {}

  /** Lists the order's mails. */
  async execute({ orderId }: PayloadOf<typeof ListOrderMails>): Promise<readonly SentMail[]> {
    return this.mailbox.forOrder(orderId);
  }
}
