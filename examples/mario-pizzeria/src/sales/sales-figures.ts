/** What one day sold. */
export type DaySales = {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly orders: number;
  readonly pizzas: number;
  readonly revenueCents: number;
  /** Orders confirmed that day and cancelled since: left out of `orders`, `pizzas` and `revenueCents`. */
  readonly cancelledOrders: number;
  /** What those cancelled orders would have paid, in integer cents. */
  readonly cancelledRevenueCents: number;
};

/** What one pizza sold. */
export type PizzaSales = {
  readonly pizzaId: string;
  readonly pizzaName: string;
  readonly quantity: number;
  readonly revenueCents: number;
};

/** What one customer bought. */
export type CustomerSales = {
  readonly customerKey: string;
  readonly customerName: string;
  readonly orders: number;
  readonly revenueCents: number;
};
