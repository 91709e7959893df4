import { aggregateStoreContract } from './aggregate-store.contract.js';
import type { ContractFactory } from './contract-subject.js';
import { deliveryStoreContract } from './delivery-store.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';

/** Every contract suite a persistence adapter must pass, run against fresh subjects from `factory`. */
export function persistenceContract(name: string, factory: ContractFactory): void {
  aggregateStoreContract(name, factory);
  unitOfWorkContract(name, factory);
  deliveryStoreContract(name, factory);
}
