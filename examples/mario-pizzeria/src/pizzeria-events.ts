import type { EventClass } from '@glia/core';
import { ContactClaimed } from './customers/events/contact-claimed.event.js';
import { ContactReleased } from './customers/events/contact-released.event.js';
import { CustomerContactChanged } from './customers/events/customer-contact-changed.event.js';
import { CustomerOrderClosed } from './customers/events/customer-order-closed.event.js';
import { CustomerOrderStarted } from './customers/events/customer-order-started.event.js';
import { CustomerRegistered } from './customers/events/customer-registered.event.js';
import { DriverAssigned } from './delivery/events/driver-assigned.event.js';
import { DriverDeparted } from './delivery/events/driver-departed.event.js';
import { DriverHired } from './delivery/events/driver-hired.event.js';
import { DriverReturned } from './delivery/events/driver-returned.event.js';
import { IngredientAdded } from './inventory/events/ingredient-added.event.js';
import { IngredientRestocked } from './inventory/events/ingredient-restocked.event.js';
import { IngredientsDeducted } from './inventory/events/ingredients-deducted.event.js';
import { IngredientsReturned } from './inventory/events/ingredients-returned.event.js';
import { LowStock } from './inventory/events/low-stock.event.js';
import { CookingSlotFreed } from './kitchen/events/cooking-slot-freed.event.js';
import { CookingSlotTaken } from './kitchen/events/cooking-slot-taken.event.js';
import { KitchenCapacityChanged } from './kitchen/events/kitchen-capacity-changed.event.js';
import { KitchenOpened } from './kitchen/events/kitchen-opened.event.js';
import { CookingStarted } from './orders/events/cooking-started.event.js';
import { OrderAssignedToDelivery } from './orders/events/order-assigned-to-delivery.event.js';
import { OrderCancelled } from './orders/events/order-cancelled.event.js';
import { OrderConfirmed } from './orders/events/order-confirmed.event.js';
import { OrderCreated } from './orders/events/order-created.event.js';
import { OrderDelivered } from './orders/events/order-delivered.event.js';
import { OrderOutForDelivery } from './orders/events/order-out-for-delivery.event.js';
import { OrderReady } from './orders/events/order-ready.event.js';
import { PizzaAddedToOrder } from './orders/events/pizza-added-to-order.event.js';
import { PizzaRemovedFromOrder } from './orders/events/pizza-removed-from-order.event.js';

/**
 * Every domain event class the pizzeria raises. A durable store restores stored events by their type,
 * and learns most classes from the handlers that name them; this list also covers the events only
 * catch-all (`DomainEvent`) handlers see, such as the live feed, after a restart.
 */
export const pizzeriaEvents: readonly EventClass[] = [
  ContactClaimed,
  ContactReleased,
  CustomerContactChanged,
  CustomerOrderClosed,
  CustomerOrderStarted,
  CustomerRegistered,
  DriverAssigned,
  DriverDeparted,
  DriverHired,
  DriverReturned,
  IngredientAdded,
  IngredientRestocked,
  IngredientsDeducted,
  IngredientsReturned,
  LowStock,
  CookingSlotFreed,
  CookingSlotTaken,
  KitchenCapacityChanged,
  KitchenOpened,
  CookingStarted,
  OrderAssignedToDelivery,
  OrderCancelled,
  OrderConfirmed,
  OrderCreated,
  OrderDelivered,
  OrderOutForDelivery,
  OrderReady,
  PizzaAddedToOrder,
  PizzaRemovedFromOrder,
];
