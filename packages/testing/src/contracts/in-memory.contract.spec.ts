import { inMemoryPersistence } from '@glia/core';
import { persistenceContract } from './persistence.contract.js';

// The reference run: the in-memory adapter must pass every suite that the durable adapters pass.
persistenceContract('inMemoryPersistence()', async () => ({ persistence: inMemoryPersistence() }));
