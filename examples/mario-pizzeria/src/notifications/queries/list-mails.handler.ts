import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import { Mailbox } from '../mailbox.js';
import type { SentMail } from '../sent-mail.js';
import { ListMails } from './list-mails.query.js';

/** Answers `ListMails` from the mailbox. */
@HandlesQuery(ListMails)
export class ListMailsHandler implements QueryHandler<typeof ListMails> {
  /** Receives the mailbox. */
  constructor(@inject(Mailbox) private readonly mailbox: Mailbox) {}

  /** Lists the most recent mails. */
  async execute({ limit }: PayloadOf<typeof ListMails>): Promise<readonly SentMail[]> {
    return this.mailbox.recent(limit);
  }
}
