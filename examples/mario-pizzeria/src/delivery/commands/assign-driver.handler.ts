import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../../orders/order.aggregate.js';
import { FLEET_ID } from '../fleet-id.js';
import { Fleet } from '../fleet.aggregate.js';
import { FleetErrors } from '../fleet.errors.js';
import { AssignDriver, type AssignDriverResult } from './assign-driver.command.js';

/** Picks the driver in the fleet and assigns the order to them, both in one unit of work. */
@HandlesCommand(AssignDriver)
export class AssignDriverHandler implements CommandHandler<typeof AssignDriver> {
  /** Receives the scope's order and fleet repositories. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Fleet) private readonly fleets: Repository<Fleet>,
  ) {}

  /** Assigns the order. */
  async execute({ orderId, driverId }: PayloadOf<typeof AssignDriver>): Promise<AssignDriverResult> {
    const order = await this.orders.get(orderId);
    const fleet = await this.fleets.find(FLEET_ID);
    if (fleet === undefined) throw FleetErrors.noDriverAvailable(orderId);
    const assigned = fleet.assign(orderId, driverId);
    order.assignDriver(assigned);
    return { driverId: assigned };
  }
}
