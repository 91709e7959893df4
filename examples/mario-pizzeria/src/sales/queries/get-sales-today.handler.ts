import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import { today } from '../day.schema.js';
import type { DaySales } from '../sales-figures.js';
import { SalesReadModel } from '../sales-read-model.js';
import { GetSalesToday } from './get-sales-today.query.js';

/** Answers `GetSalesToday` from the sales read model. */
@HandlesQuery(GetSalesToday)
export class GetSalesTodayHandler implements QueryHandler<typeof GetSalesToday> {
  /** Receives the read model. */
  constructor(@inject(SalesReadModel) private readonly sales: SalesReadModel) {}

  /** Sums the day. */
  async execute({ day }: PayloadOf<typeof GetSalesToday>): Promise<DaySales> {
    return this.sales.day(day ?? today());
  }
}
