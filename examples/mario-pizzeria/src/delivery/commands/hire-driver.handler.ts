import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { FLEET_ID } from '../fleet-id.js';
import { Fleet } from '../fleet.aggregate.js';
import { HireDriver } from './hire-driver.command.js';

/** Adds the driver to the fleet, creating the fleet with its first driver. */
@HandlesCommand(HireDriver)
export class HireDriverHandler implements CommandHandler<typeof HireDriver> {
  /** Receives the scope's fleet repository. */
  constructor(@InjectRepository(Fleet) private readonly fleets: Repository<Fleet>) {}

  /** Hires the driver. */
  async execute({ driverId, name }: PayloadOf<typeof HireDriver>): Promise<void> {
    let fleet = await this.fleets.find(FLEET_ID);
    if (fleet === undefined) {
      fleet = Fleet.create(FLEET_ID);
      this.fleets.add(fleet);
    }
    fleet.hire(driverId, name);
  }
}
