import { randomUUID } from 'node:crypto';
import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { ContactClaim } from '../../customers/contact-claim.aggregate.js';
import { ContactClaims } from '../../customers/contact-claims.js';
import { CustomerDirectory } from '../../customers/customer-directory.js';
import { Customer } from '../../customers/customer.aggregate.js';
import { findOrRegisterCustomer } from '../../customers/find-or-register-customer.js';
import { Menu } from '../../menu/menu.js';
import { Order } from '../order.aggregate.js';
import { PlaceOrder, type PlaceOrderResult } from './place-order.command.js';

/**
 * Prices every item from the menu, finds or registers the customer (claiming their email and phone),
 * then opens the order: one commit, all or nothing. Two first orders with one new email race for the
 * same claim: the loser's commit is a `ConcurrencyError`, and the edge sends it again (`sendWithRetry`).
 */
@HandlesCommand(PlaceOrder)
export class PlaceOrderHandler implements CommandHandler<typeof PlaceOrder> {
  /** Receives the scope's order, customer and contact-claim repositories, the customer directory and the menu. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(ContactClaim) private readonly claims: Repository<ContactClaim>,
    @inject(CustomerDirectory) private readonly directory: CustomerDirectory,
    @inject(Menu) private readonly menu: Menu,
  ) {}

  /** Places the order. */
  async execute({ customerId, customer, items }: PayloadOf<typeof PlaceOrder>): Promise<PlaceOrderResult> {
    // Price first: an unknown pizza refuses the whole order before anything is created.
    const pizzas = items.map((item) => this.menu.price(item));
    const claims = new ContactClaims(this.claims, this.directory);
    const buyer =
      customerId === undefined
        ? await findOrRegisterCustomer(this.customers, claims, customer as NonNullable<typeof customer>)
        : await this.customers.get(customerId);
    const order = Order.create(randomUUID(), buyer.details);
    for (const pizza of pizzas) order.addPizza(pizza);
    this.orders.add(order);
    return { orderId: order.id, customerId: buyer.id, totalCents: order.total.cents };
  }
}
