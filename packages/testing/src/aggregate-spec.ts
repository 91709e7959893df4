import { expect } from '@jest/globals';
import type { AggregateRoot, DomainEvent } from '@glia/core';
import { describeEvent, eventNames } from './internal/describe-event.js';

/** Any error class, e.g. `InvalidOperationError`. */
export type ErrorClass<E extends Error = Error> = abstract new (...args: never[]) => E;

type Outcome = { readonly events: readonly DomainEvent[]; readonly threw: boolean; readonly error?: unknown };

/**
 * Starts a given/when/then test of one aggregate. `subject` is its state (an instance, or a function
 * that builds one); `history` are past events applied to it with `loadFromHistory`. Whatever the
 * subject raised while it was built counts as past too, so only what `when` raises is checked.
 */
export function given<T extends AggregateRoot>(
  subject: T | (() => T),
  history: readonly DomainEvent[] = [],
): AggregateSpec<T> {
  return new AggregateSpec<T>(subject, history);
}

/** The "given" step of an aggregate test; see `given`. */
export class AggregateSpec<T extends AggregateRoot> {
  /** Use `given(…)`. */
  constructor(
    private readonly subject: T | (() => T),
    private readonly history: readonly DomainEvent[],
  ) {}

  /** Runs a method on the aggregate; an async action makes every `then…` return a promise. */
  when(action: (aggregate: T) => Promise<unknown>): AggregateOutcome<T, Promise<void>>;
  when(action: (aggregate: T) => unknown): AggregateOutcome<T, void>;
  when(action: (aggregate: T) => unknown): AggregateOutcome<T, void | Promise<void>> {
    const aggregate = this.prepare();
    const settle = (threw: boolean, error?: unknown): Outcome => ({
      events: aggregate.getUncommittedEvents(),
      threw,
      ...(threw ? { error } : {}),
    });
    let result: unknown;
    try {
      result = action(aggregate);
    } catch (error) {
      return new AggregateOutcome(aggregate, settle(true, error));
    }
    if (result instanceof Promise) {
      const settled = result.then(
        () => settle(false),
        (error: unknown) => settle(true, error),
      );
      return new AggregateOutcome(aggregate, settled);
    }
    return new AggregateOutcome(aggregate, settle(false));
  }

  private prepare(): T {
    const aggregate = typeof this.subject === 'function' ? this.subject() : this.subject;
    // What building the subject raised is the past: persist it, so `when` starts from a clean slate.
    aggregate.markPersisted(aggregate.pendingVersion);
    aggregate.clearUncommittedEvents();
    if (this.history.length > 0) aggregate.loadFromHistory(this.history);
    return aggregate;
  }
}

/** The "then" step: what `when` should have raised, thrown or left behind. */
export class AggregateOutcome<T extends AggregateRoot, R extends void | Promise<void>> {
  /** Use `given(…).when(…)`. */
  constructor(
    private readonly aggregate: T,
    private readonly outcome: Outcome | Promise<Outcome>,
  ) {}

  /**
   * Asserts that `when` raised exactly these events, in this order, compared by class and payload
   * (ids, times and envelope ignored). `then([])` asserts that nothing was raised.
   */
  then(expected: readonly DomainEvent[]): R {
    // Named `then` like the step it is; awaiting the outcome itself would call it with functions.
    if (typeof expected === 'function') {
      throw new TypeError(
        'given(…).when(…) is not a promise: end it with .then([…]), .thenThrows(…) or .thenState(…).',
      );
    }
    return this.check((outcome) => {
      succeeded(outcome, `events ${eventNames(expected)}`);
      expect(outcome.events.map(describeEvent)).toEqual(expected.map(describeEvent));
    });
  }

  /** Asserts that `when` threw an instance of `errorClass`, with this `code` if one is given. */
  thenThrows(errorClass: ErrorClass, code?: string): R {
    return this.check(({ threw, error, events }) => {
      const wanted = `${errorClass.name}${code === undefined ? '' : ` with code '${code}'`}`;
      if (!threw)
        throw new Error(`Expected ${wanted} to be thrown, but when(…) returned and raised ${eventNames(events)}.`);
      if (!(error instanceof errorClass)) {
        throw new Error(`Expected ${wanted} to be thrown, but when(…) threw ${String(error)}.`, { cause: error });
      }
      const actual = (error as { code?: unknown }).code;
      if (code !== undefined && actual !== code) {
        throw new Error(`Expected ${wanted} to be thrown, but its code was '${String(actual)}'.`, { cause: error });
      }
    });
  }

  /** Runs `assert` on the aggregate after `when`, with the events it raised; `when` must not throw. */
  thenState(assert: (aggregate: T, events: readonly DomainEvent[]) => void): R {
    return this.check((outcome) => {
      succeeded(outcome, 'it to succeed');
      assert(this.aggregate, outcome.events);
    });
  }

  private check(assert: (outcome: Outcome) => void): R {
    const { outcome } = this;
    return (outcome instanceof Promise ? outcome.then(assert) : assert(outcome)) as R;
  }
}

function succeeded(outcome: Outcome, expectation: string): void {
  if (outcome.threw) {
    throw new Error(`Expected ${expectation}, but when(…) threw ${String(outcome.error)}.`, { cause: outcome.error });
  }
}
