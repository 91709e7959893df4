import { InvalidOperationError } from '@glia/core';

/** Stable codes of every refusal of the kitchen. */
export const KitchenErrorCodes = {
  AtCapacity: 'KITCHEN.AT_CAPACITY',
  AlreadyCooking: 'KITCHEN.ALREADY_COOKING',
  NotCooking: 'KITCHEN.NOT_COOKING',
  InvalidCapacity: 'KITCHEN.INVALID_CAPACITY',
} as const;

/** Named factories for the kitchen's errors. */
export const KitchenErrors = {
  /** Every slot is taken: the order waits until one is freed. */
  atCapacity: (orderId: string, capacity: number) =>
    new InvalidOperationError(
      KitchenErrorCodes.AtCapacity,
      `The kitchen is full (${capacity} orders cooking): order ${orderId} must wait.`,
      { details: { orderId, capacity } },
    ),
  /** The order is in the oven already. */
  alreadyCooking: (orderId: string) =>
    new InvalidOperationError(KitchenErrorCodes.AlreadyCooking, `Order ${orderId} is cooking already.`, {
      details: { orderId },
    }),
  /** The order is not in the oven. */
  notCooking: (orderId: string) =>
    new InvalidOperationError(KitchenErrorCodes.NotCooking, `Order ${orderId} is not cooking.`, {
      details: { orderId },
    }),
  /** A capacity is a whole number of at least one. */
  invalidCapacity: (capacity: number) =>
    new InvalidOperationError(KitchenErrorCodes.InvalidCapacity, `${capacity} is not a valid kitchen capacity.`, {
      details: { capacity },
    }),
};
