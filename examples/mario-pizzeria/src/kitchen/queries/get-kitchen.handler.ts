import { HandlesQuery, InjectRepository, type QueryHandler, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { KITCHEN_ID } from '../kitchen-id.js';
import { KitchenSettings } from '../kitchen-settings.js';
import { toKitchenView, type KitchenView } from '../kitchen-view.js';
import { Kitchen } from '../kitchen.aggregate.js';
import { GetKitchen } from './get-kitchen.query.js';

/** Answers `GetKitchen` from the repository. */
@HandlesQuery(GetKitchen)
export class GetKitchenHandler implements QueryHandler<typeof GetKitchen> {
  /** Receives the scope's kitchen repository and the kitchen settings. */
  constructor(
    @InjectRepository(Kitchen) private readonly kitchens: Repository<Kitchen>,
    @inject(KitchenSettings) private readonly settings: KitchenSettings,
  ) {}

  /** Reads the kitchen into its view. */
  async execute(): Promise<KitchenView> {
    return toKitchenView(await this.kitchens.find(KITCHEN_ID), this.settings.capacity);
  }
}
