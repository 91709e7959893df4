// @glia/testing: the public API. Anything not exported here is internal.

// Aggregates: given / when / then
export { given, AggregateSpec, AggregateOutcome, type ErrorClass } from './aggregate-spec.js';

// Recording what was dispatched and handled
export { RecordingDispatcher } from './recording-dispatcher.js';
export { recordingHandler, type RecordingHandlerClass } from './recording-handler.js';

// Jest matchers
export { gliaMatchers, registerGliaMatchers, type ExpectedEvent, type PayloadMatch } from './matchers.js';

// Contract suites every persistence adapter must pass
export { aggregateStoreContract } from './contracts/aggregate-store.contract.js';
export { contractFixture, type ContractFixture } from './contracts/contract-fixture.js';
export type { ContractFactory, ContractSubject } from './contracts/contract-subject.js';
export { deliveryStoreContract } from './contracts/delivery-store.contract.js';
export { persistenceContract } from './contracts/persistence.contract.js';
export { unitOfWorkContract } from './contracts/unit-of-work.contract.js';
