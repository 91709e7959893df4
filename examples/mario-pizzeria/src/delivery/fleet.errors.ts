import { InvalidOperationError } from '@glia/core';
import type { DriverStatus } from './driver.js';

/** Stable codes of every refusal of the fleet. */
export const FleetErrorCodes = {
  NameRequired: 'FLEET.NAME_REQUIRED',
  DuplicateDriver: 'FLEET.DUPLICATE_DRIVER',
  UnknownDriver: 'FLEET.UNKNOWN_DRIVER',
  DriverBusy: 'FLEET.DRIVER_BUSY',
  NoDriverAvailable: 'FLEET.NO_DRIVER_AVAILABLE',
  NotHoldingOrder: 'FLEET.NOT_HOLDING_ORDER',
  NotOnTheRoad: 'FLEET.NOT_ON_THE_ROAD',
} as const;

/** Named factories for the fleet's errors. */
export const FleetErrors = {
  /** A driver needs a name. */
  nameRequired: (driverId: string) =>
    new InvalidOperationError(FleetErrorCodes.NameRequired, `Driver ${driverId} needs a name.`, {
      details: { driverId },
    }),
  /** A driver with this id works here already. */
  duplicateDriver: (driverId: string) =>
    new InvalidOperationError(FleetErrorCodes.DuplicateDriver, `Driver ${driverId} is hired already.`, {
      details: { driverId },
    }),
  /** No driver has this id. */
  unknownDriver: (driverId: string) =>
    new InvalidOperationError(FleetErrorCodes.UnknownDriver, `There is no driver ${driverId}.`, {
      details: { driverId },
    }),
  /** The driver is not available. */
  driverBusy: (driverId: string, status: DriverStatus) =>
    new InvalidOperationError(FleetErrorCodes.DriverBusy, `Driver ${driverId} is ${status}, not available.`, {
      details: { driverId, status },
    }),
  /** Every driver is busy. */
  noDriverAvailable: (orderId: string) =>
    new InvalidOperationError(FleetErrorCodes.NoDriverAvailable, `No driver is available for order ${orderId}.`, {
      details: { orderId },
    }),
  /** The driver does not hold this order (or holds it in another state). */
  notHoldingOrder: (driverId: string, orderId: string) =>
    new InvalidOperationError(
      FleetErrorCodes.NotHoldingOrder,
      `Driver ${driverId} is not waiting to deliver order ${orderId}.`,
      { details: { driverId, orderId } },
    ),
  /** The driver is not on the road with this order. */
  notOnTheRoad: (driverId: string, orderId: string) =>
    new InvalidOperationError(FleetErrorCodes.NotOnTheRoad, `Driver ${driverId} is not delivering order ${orderId}.`, {
      details: { driverId, orderId },
    }),
};
