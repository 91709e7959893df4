import { InvalidOperationError } from '@glia/core';
import type { OrderStatus } from './order-status.js';

/** Stable codes of every refusal of the `Order` aggregate; the web layer maps them to 409. */
export const OrderErrorCodes = {
  NotPending: 'ORDER.NOT_PENDING',
  LineNotFound: 'ORDER.LINE_NOT_FOUND',
  Empty: 'ORDER.EMPTY',
  AlreadyConfirmed: 'ORDER.ALREADY_CONFIRMED',
  NotConfirmed: 'ORDER.NOT_CONFIRMED',
  AlreadyCooking: 'ORDER.ALREADY_COOKING',
  NotCooking: 'ORDER.NOT_COOKING',
  AlreadyReady: 'ORDER.ALREADY_READY',
  NotReady: 'ORDER.NOT_READY',
  AlreadyAssigned: 'ORDER.ALREADY_ASSIGNED',
  NotAssigned: 'ORDER.NOT_ASSIGNED',
  AlreadyOutForDelivery: 'ORDER.ALREADY_OUT_FOR_DELIVERY',
  NotOutForDelivery: 'ORDER.NOT_OUT_FOR_DELIVERY',
  AlreadyDelivered: 'ORDER.ALREADY_DELIVERED',
  Cancelled: 'ORDER.CANCELLED',
  AlreadyCancelled: 'ORDER.ALREADY_CANCELLED',
  TooLateToCancel: 'ORDER.TOO_LATE_TO_CANCEL',
  NoDriver: 'ORDER.NO_DRIVER',
} as const;

/** Any of the order's error codes. */
export type OrderErrorCode = (typeof OrderErrorCodes)[keyof typeof OrderErrorCodes];

/** Named factories for the order's errors. */
export const OrderErrors = {
  /** `action` is not allowed while the order is in `status`; `code` says which rule refused it. */
  refused: (code: OrderErrorCode, orderId: string, action: string, status: OrderStatus) =>
    new InvalidOperationError(code, `Order ${orderId} cannot ${action}: it is ${status}.`, {
      details: { orderId, action, status },
    }),
  /** An order with no pizzas cannot be confirmed. */
  empty: (orderId: string) =>
    new InvalidOperationError(OrderErrorCodes.Empty, `Order ${orderId} has no pizzas to confirm.`, {
      details: { orderId },
    }),
  /** The order has no line with that id. */
  lineNotFound: (orderId: string, lineId: string) =>
    new InvalidOperationError(OrderErrorCodes.LineNotFound, `Order ${orderId} has no line '${lineId}'.`, {
      details: { orderId, lineId },
    }),
  /** A delivery needs a driver. */
  noDriver: (orderId: string) =>
    new InvalidOperationError(OrderErrorCodes.NoDriver, `Order ${orderId} needs a driver id.`, {
      details: { orderId },
    }),
};
