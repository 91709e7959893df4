import { randomUUID } from 'node:crypto';
import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { CustomerDirectory } from '../customer-directory.js';
import { Customer } from '../customer.aggregate.js';
import { CustomerErrors } from '../customer.errors.js';
import { RegisterCustomer, type RegisterCustomerResult } from './register-customer.command.js';

/** Registers a customer, refusing an email or phone the directory already knows. */
@HandlesCommand(RegisterCustomer)
export class RegisterCustomerHandler implements CommandHandler<typeof RegisterCustomer> {
  /** Receives the scope's customer repository and the directory. */
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @inject(CustomerDirectory) private readonly directory: CustomerDirectory,
  ) {}

  /** Registers the customer. */
  async execute(input: PayloadOf<typeof RegisterCustomer>): Promise<RegisterCustomerResult> {
    const customer = Customer.register(randomUUID(), input);
    const { email, phone } = customer.contact;
    for (const contact of [email, phone]) {
      const known = contact === null ? undefined : await this.directory.lookup(contact);
      if (known !== undefined) throw CustomerErrors.alreadyRegistered(known, contact as string);
    }
    this.customers.add(customer);
    return { customerId: customer.id };
  }
}
