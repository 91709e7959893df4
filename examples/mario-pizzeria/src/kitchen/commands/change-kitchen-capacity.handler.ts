import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { KitchenSettings } from '../kitchen-settings.js';
import { Kitchen } from '../kitchen.aggregate.js';
import { loadKitchen } from '../load-kitchen.js';
import { ChangeKitchenCapacity } from './change-kitchen-capacity.command.js';

/** Loads (or opens) the kitchen and changes its capacity. */
@HandlesCommand(ChangeKitchenCapacity)
export class ChangeKitchenCapacityHandler implements CommandHandler<typeof ChangeKitchenCapacity> {
  /** Receives the scope's kitchen repository and the kitchen settings. */
  constructor(
    @InjectRepository(Kitchen) private readonly kitchens: Repository<Kitchen>,
    @inject(KitchenSettings) private readonly settings: KitchenSettings,
  ) {}

  /** Changes the capacity. */
  async execute({ capacity }: PayloadOf<typeof ChangeKitchenCapacity>): Promise<void> {
    const kitchen = await loadKitchen(this.kitchens, this.settings);
    kitchen.changeCapacity(capacity);
  }
}
