import { randomUUID } from 'node:crypto';
import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { ContactClaim } from '../contact-claim.aggregate.js';
import { ContactClaims } from '../contact-claims.js';
import { CustomerDirectory } from '../customer-directory.js';
import { Customer } from '../customer.aggregate.js';
import { CustomerErrors } from '../customer.errors.js';
import { RegisterCustomer, type RegisterCustomerResult } from './register-customer.command.js';

/**
 * Registers a customer and claims their email and phone in the same commit, refusing a contact someone
 * holds. Two registrations of one new email both add its claim: the second commit is a `ConcurrencyError`.
 */
@HandlesCommand(RegisterCustomer)
export class RegisterCustomerHandler implements CommandHandler<typeof RegisterCustomer> {
  /** Receives the scope's customer and contact-claim repositories and the directory. */
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(ContactClaim) private readonly claims: Repository<ContactClaim>,
    @inject(CustomerDirectory) private readonly directory: CustomerDirectory,
  ) {}

  /** Registers the customer. */
  async execute(input: PayloadOf<typeof RegisterCustomer>): Promise<RegisterCustomerResult> {
    const customer = Customer.register(randomUUID(), input);
    const claims = new ContactClaims(this.claims, this.directory);
    const { email, phone } = customer.contact;
    for (const contact of [email, phone]) {
      const known = contact === null ? undefined : await claims.ownerOf(contact);
      if (known !== undefined) throw CustomerErrors.alreadyRegistered(known, contact as string);
    }
    await claims.claim(customer.id, [email, phone]);
    this.customers.add(customer);
    return { customerId: customer.id };
  }
}
