/** Where a driver is: free at the shop, holding an order, or on the road with it. */
export type DriverStatus = 'available' | 'assigned' | 'on-the-road';

/** One of the pizzeria's drivers. */
export type Driver = {
  readonly id: string;
  readonly name: string;
  readonly status: DriverStatus;
  /** The order the driver holds or is delivering, or null when available. */
  readonly orderId: string | null;
};
