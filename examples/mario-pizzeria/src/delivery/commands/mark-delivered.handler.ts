import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../../orders/order.aggregate.js';
import { FLEET_ID } from '../fleet-id.js';
import { Fleet } from '../fleet.aggregate.js';
import { MarkDelivered } from './mark-delivered.command.js';

/** Marks the order delivered and frees its driver, in one unit of work. */
@HandlesCommand(MarkDelivered)
export class MarkDeliveredHandler implements CommandHandler<typeof MarkDelivered> {
  /** Receives the scope's order and fleet repositories. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Fleet) private readonly fleets: Repository<Fleet>,
  ) {}

  /** Marks it delivered. */
  async execute({ orderId }: PayloadOf<typeof MarkDelivered>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.markDelivered();
    const fleet = await this.fleets.get(FLEET_ID);
    fleet.completeDelivery(order.driverId as string, orderId);
  }
}
