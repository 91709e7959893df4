import { HandlesQuery, InjectRepository, type QueryHandler, type Repository } from '@glia/core';
import type { Driver } from '../driver.js';
import { FLEET_ID } from '../fleet-id.js';
import { Fleet } from '../fleet.aggregate.js';
import { ListDrivers } from './list-drivers.query.js';

/** Answers `ListDrivers` from the fleet. */
@HandlesQuery(ListDrivers)
export class ListDriversHandler implements QueryHandler<typeof ListDrivers> {
  /** Receives the scope's fleet repository. */
  constructor(@InjectRepository(Fleet) private readonly fleets: Repository<Fleet>) {}

  /** Lists every driver (none before the first is hired). */
  async execute(): Promise<readonly Driver[]> {
    return (await this.fleets.find(FLEET_ID))?.toSnapshot().drivers ?? [];
  }
}
