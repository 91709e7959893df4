import { HandlesEvent, InjectRepository, type DomainEventHandler, type Raised, type Repository } from '@glia/core';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderCreated } from '../orders/events/order-created.event.js';
import { OrderDelivered } from '../orders/events/order-delivered.event.js';
import { Order } from '../orders/order.aggregate.js';
import { Customer } from './customer.aggregate.js';

/**
 * Keeps each customer's active orders. It reconciles with the order as it is now rather than trusting
 * the event alone, so redelivered or out-of-order events (a retried `OrderCreated` after the
 * cancellation) still leave the right answer.
 */
@HandlesEvent(OrderCreated, OrderDelivered, OrderCancelled, { name: 'pizzeria.customers.ActiveOrders' })
export class ActiveOrdersHandler implements DomainEventHandler<OrderCreated | OrderDelivered | OrderCancelled> {
  /** Receives the scope's order and customer repositories. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
  ) {}

  /** Starts or closes the order on its customer; the scope commits the customer afterwards. */
  async handle(event: Raised<OrderCreated | OrderDelivered | OrderCancelled>): Promise<void> {
    const order = await this.orders.find(event.aggregateId);
    const customerId = order?.customer.customerId;
    if (order === undefined || customerId === undefined) return;
    const customer = await this.customers.find(customerId);
    if (customer === undefined) return;
    if (order.status === 'delivered' || order.status === 'cancelled') customer.closeOrder(order.id, order.status);
    else customer.startOrder(order.id);
  }
}
