import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { Menu } from '../../menu/menu.js';
import type { OrderLine } from '../order-line.js';
import { Order } from '../order.aggregate.js';
import { AddPizza } from './add-pizza.command.js';

/** Prices the pizza from the menu and lets the order decide whether it may still take it. */
@HandlesCommand(AddPizza)
export class AddPizzaHandler implements CommandHandler<typeof AddPizza> {
  /** Receives the scope's order repository and the menu. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @inject(Menu) private readonly menu: Menu,
  ) {}

  /** Adds the pizza. */
  async execute({ orderId, ...choice }: PayloadOf<typeof AddPizza>): Promise<OrderLine> {
    const pizza = this.menu.price(choice);
    const order = await this.orders.get(orderId);
    return order.addPizza(pizza);
  }
}
