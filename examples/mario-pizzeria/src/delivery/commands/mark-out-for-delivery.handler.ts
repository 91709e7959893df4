import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../../orders/order.aggregate.js';
import { FLEET_ID } from '../fleet-id.js';
import { Fleet } from '../fleet.aggregate.js';
import { MarkOutForDelivery } from './mark-out-for-delivery.command.js';

/** Sends the order out and puts its driver on the road, in one unit of work. */
@HandlesCommand(MarkOutForDelivery)
export class MarkOutForDeliveryHandler implements CommandHandler<typeof MarkOutForDelivery> {
  /** Receives the scope's order and fleet repositories. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Fleet) private readonly fleets: Repository<Fleet>,
  ) {}

  /** Sends it out. */
  async execute({ orderId }: PayloadOf<typeof MarkOutForDelivery>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.sendOutForDelivery();
    const fleet = await this.fleets.get(FLEET_ID);
    fleet.depart(order.driverId as string, orderId);
  }
}
