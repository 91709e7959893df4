import { OrderErrorCodes, OrderErrors, type OrderErrorCode } from './order.errors.js';
import type { OrderStatus } from './order-status.js';

/** The statuses an order moves forward through, one step at a time. */
const FORWARD: readonly OrderStatus[] = [
  'pending',
  'confirmed',
  'cooking',
  'ready',
  'assigned',
  'out-for-delivery',
  'delivered',
];

type Step = {
  /** What the step is called in messages. */
  readonly action: string;
  /** The code when the order has not reached the step before this one yet. */
  readonly tooEarly: OrderErrorCode;
  /** The code when the order is at this step or past it already. */
  readonly tooLate: OrderErrorCode;
};

// One row per forward step: a single table keeps every transition's codes side by side.
const STEPS: Readonly<Record<Exclude<OrderStatus, 'pending' | 'cancelled'>, Step>> = {
  confirmed: {
    action: 'be confirmed',
    tooEarly: OrderErrorCodes.NotPending,
    tooLate: OrderErrorCodes.AlreadyConfirmed,
  },
  cooking: { action: 'start cooking', tooEarly: OrderErrorCodes.NotConfirmed, tooLate: OrderErrorCodes.AlreadyCooking },
  ready: { action: 'be marked ready', tooEarly: OrderErrorCodes.NotCooking, tooLate: OrderErrorCodes.AlreadyReady },
  assigned: { action: 'be assigned', tooEarly: OrderErrorCodes.NotReady, tooLate: OrderErrorCodes.AlreadyAssigned },
  'out-for-delivery': {
    action: 'go out for delivery',
    tooEarly: OrderErrorCodes.NotAssigned,
    tooLate: OrderErrorCodes.AlreadyOutForDelivery,
  },
  delivered: {
    action: 'be delivered',
    tooEarly: OrderErrorCodes.NotOutForDelivery,
    tooLate: OrderErrorCodes.AlreadyDelivered,
  },
};

/** Checks that an order in `current` may move to `to`; throws that step's own `InvalidOperationError` if not. */
export function checkStep(orderId: string, current: OrderStatus, to: keyof typeof STEPS): void {
  const step = STEPS[to];
  if (current === 'cancelled') throw OrderErrors.refused(OrderErrorCodes.Cancelled, orderId, step.action, current);
  const gap = FORWARD.indexOf(to) - FORWARD.indexOf(current);
  if (gap > 1) throw OrderErrors.refused(step.tooEarly, orderId, step.action, current);
  if (gap < 1) throw OrderErrors.refused(step.tooLate, orderId, step.action, current);
}

/** True while the order can still be cancelled: before cooking starts. */
export function isCancellable(status: OrderStatus): boolean {
  return status === 'pending' || status === 'confirmed';
}
