import { afterEach, beforeEach } from '@jest/globals';
import type { Persistence } from '@glia/core';
import { contractFixture, type ContractFixture } from './contract-fixture.js';

/** What an adapter's factory gives a contract suite: a fresh, empty persistence, not yet started. */
export type ContractSubject = {
  /** The adapter under test; the suite calls its `start` before and its `close` after each test. */
  readonly persistence: Persistence;
  /** Throws the adapter's data away (drops a schema, deletes a file) after each test. */
  cleanup?(): Promise<void>;
};

/** Makes one subject per test; receives what the suites will store, in case the adapter must know. */
export type ContractFactory = (fixture: ContractFixture) => Promise<ContractSubject>;

/** Registers hooks that make a fresh subject for each test; the returned function gives its persistence. */
export function useContractSubject(factory: ContractFactory): () => Persistence {
  let current: ContractSubject | undefined;
  beforeEach(async () => {
    const subject = await factory(contractFixture);
    await subject.persistence.start?.();
    current = subject;
  });
  afterEach(async () => {
    const subject = current;
    current = undefined;
    if (subject === undefined) return;
    try {
      await subject.persistence.close?.();
    } finally {
      await subject.cleanup?.();
    }
  });
  return () => {
    if (current === undefined) throw new Error('The contract subject is only available inside a test.');
    return current.persistence;
  };
}
