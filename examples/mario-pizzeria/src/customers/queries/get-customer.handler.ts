import { HandlesQuery, InjectRepository, type PayloadOf, type QueryHandler, type Repository } from '@glia/core';
import { Customer } from '../customer.aggregate.js';
import { toCustomerView, type CustomerView } from '../customer-view.js';
import { GetCustomer } from './get-customer.query.js';

/** Answers `GetCustomer` from the repository. */
@HandlesQuery(GetCustomer)
export class GetCustomerHandler implements QueryHandler<typeof GetCustomer> {
  /** Receives the scope's customer repository. */
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  /** Reads the customer into its view. */
  async execute({ customerId }: PayloadOf<typeof GetCustomer>): Promise<CustomerView> {
    return toCustomerView(await this.customers.get(customerId));
  }
}
