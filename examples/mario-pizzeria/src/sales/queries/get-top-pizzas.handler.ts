import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import type { PizzaSales } from '../sales-figures.js';
import { SalesReadModel } from '../sales-read-model.js';
import { GetTopPizzas } from './get-top-pizzas.query.js';

/** Answers `GetTopPizzas` from the sales read model. */
@HandlesQuery(GetTopPizzas)
export class GetTopPizzasHandler implements QueryHandler<typeof GetTopPizzas> {
  /** Receives the read model. */
  constructor(@inject(SalesReadModel) private readonly sales: SalesReadModel) {}

  /** Ranks the pizzas. */
  async execute({ limit, day }: PayloadOf<typeof GetTopPizzas>): Promise<readonly PizzaSales[]> {
    return this.sales.topPizzas(limit, day);
  }
}
