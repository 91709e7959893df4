import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import type { CustomerSales } from '../sales-figures.js';
import { SalesReadModel } from '../sales-read-model.js';
import { GetCustomerSales } from './get-customer-sales.query.js';

/** Answers `GetCustomerSales` from the sales read model. */
@HandlesQuery(GetCustomerSales)
export class GetCustomerSalesHandler implements QueryHandler<typeof GetCustomerSales> {
  /** Receives the read model. */
  constructor(@inject(SalesReadModel) private readonly sales: SalesReadModel) {}

  /** Sums the customer's sales. */
  async execute({ customerId }: PayloadOf<typeof GetCustomerSales>): Promise<CustomerSales> {
    const found = await this.sales.customer(customerId);
    return found ?? { customerKey: customerId, customerName: '', orders: 0, revenueCents: 0 };
  }
}
