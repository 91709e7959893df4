import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { CustomerDirectory } from '../customer-directory.js';
import { Customer } from '../customer.aggregate.js';
import { CustomerErrors } from '../customer.errors.js';
import { ChangeCustomerContact } from './change-customer-contact.command.js';

/** Changes a customer's contact details, refusing an email or phone another customer has. */
@HandlesCommand(ChangeCustomerContact)
export class ChangeCustomerContactHandler implements CommandHandler<typeof ChangeCustomerContact> {
  /** Receives the scope's customer repository and the directory. */
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @inject(CustomerDirectory) private readonly directory: CustomerDirectory,
  ) {}

  /** Applies the changes. */
  async execute({ customerId, ...changes }: PayloadOf<typeof ChangeCustomerContact>): Promise<void> {
    const customer = await this.customers.get(customerId);
    customer.changeContact(changes);
    const { email, phone } = customer.contact;
    for (const contact of [email, phone]) {
      const owner = contact === null ? undefined : await this.directory.lookup(contact);
      if (owner !== undefined && owner !== customerId) throw CustomerErrors.alreadyRegistered(owner, contact as string);
    }
  }
}
