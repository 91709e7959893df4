import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { ContactClaim } from '../contact-claim.aggregate.js';
import { ContactClaims } from '../contact-claims.js';
import { CustomerDirectory } from '../customer-directory.js';
import { Customer } from '../customer.aggregate.js';
import { CustomerErrors } from '../customer.errors.js';
import { ChangeCustomerContact } from './change-customer-contact.command.js';

/**
 * Changes a customer's contact details, refusing an email or phone another customer holds; claims the
 * new ones and releases the old ones in the same commit.
 */
@HandlesCommand(ChangeCustomerContact)
export class ChangeCustomerContactHandler implements CommandHandler<typeof ChangeCustomerContact> {
  /** Receives the scope's customer and contact-claim repositories and the directory. */
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(ContactClaim) private readonly claims: Repository<ContactClaim>,
    @inject(CustomerDirectory) private readonly directory: CustomerDirectory,
  ) {}

  /** Applies the changes. */
  async execute({ customerId, ...changes }: PayloadOf<typeof ChangeCustomerContact>): Promise<void> {
    const customer = await this.customers.get(customerId);
    const before = customer.contact;
    customer.changeContact(changes);
    const claims = new ContactClaims(this.claims, this.directory);
    const { email, phone } = customer.contact;
    for (const contact of [email, phone]) {
      const owner = contact === null ? undefined : await claims.ownerOf(contact);
      if (owner !== undefined && owner !== customerId) throw CustomerErrors.alreadyRegistered(owner, contact as string);
    }
    await claims.claim(customerId, [email, phone], [before.email, before.phone]);
  }
}
