/** Where an order stands, in lifecycle order; `cancelled` is the one way out before cooking starts. */
export const ORDER_STATUSES = [
  'pending',
  'confirmed',
  'cooking',
  'ready',
  'assigned',
  'out-for-delivery',
  'delivered',
  'cancelled',
] as const;

/** One of the statuses an order goes through. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];
