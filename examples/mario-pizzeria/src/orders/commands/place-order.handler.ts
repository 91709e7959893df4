import { randomUUID } from 'node:crypto';
import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { Menu } from '../../menu/menu.js';
import type { CustomerDetails } from '../customer-details.js';
import { Order } from '../order.aggregate.js';
import { PlaceOrder, type PlaceOrderResult } from './place-order.command.js';

/** Prices every item from the menu, then opens the order and adds them: one commit, all or nothing. */
@HandlesCommand(PlaceOrder)
export class PlaceOrderHandler implements CommandHandler<typeof PlaceOrder> {
  /** Receives the scope's order repository and the menu. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @inject(Menu) private readonly menu: Menu,
  ) {}

  /** Places the order. */
  async execute({ customer, items }: PayloadOf<typeof PlaceOrder>): Promise<PlaceOrderResult> {
    // Price first: an unknown pizza refuses the whole order before anything is created.
    const pizzas = items.map((item) => this.menu.price(item));
    const details: CustomerDetails = {
      name: customer.name,
      email: customer.email,
      ...(customer.phone !== undefined && { phone: customer.phone }),
    };
    const order = Order.create(randomUUID(), details);
    for (const pizza of pizzas) order.addPizza(pizza);
    this.orders.add(order);
    return { orderId: order.id, totalCents: order.total.cents };
  }
}
