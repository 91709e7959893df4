import type { DomainEvent, EventClass } from '@glia/core';
import type { MatcherContext, SyncExpectationResult } from 'expect';
import { eventNames } from './internal/describe-event.js';
import { raisedEvents } from './internal/raised-events.js';

/** Some payload fields of an event; values may be jest asymmetric matchers (`expect.any(String)`). */
export type PayloadMatch<E extends DomainEvent> = { readonly [K in Exclude<keyof E, keyof DomainEvent>]?: unknown };

/** One expected event: a class (any payload) or an event instance (same class and payload). */
export type ExpectedEvent = EventClass | DomainEvent;

/** Glia's jest matchers; add them with `registerGliaMatchers(expect)` or `expect.extend(gliaMatchers)`. */
export const gliaMatchers = {
  /** Passes if the subject raised an event of `eventClass` (or a subclass) whose payload has these fields. */
  toHaveRaised(
    this: MatcherContext,
    subject: unknown,
    eventClass: EventClass,
    payload?: object,
  ): SyncExpectationResult {
    const events = raisedEvents(subject);
    if (events === undefined) return notEvents(this, subject, 'toHaveRaised');
    const pass = events.some((event) => matches(this, event, eventClass, payload));
    const wanted = `${eventClass.name}${payload === undefined ? '' : ` with ${this.utils.printExpected(payload)}`}`;
    return {
      pass,
      message: () =>
        `${this.utils.matcherHint('toHaveRaised', undefined, undefined, { isNot: this.isNot === true })}\n\n` +
        `Expected ${this.isNot ? 'no ' : ''}${wanted}\nRaised: ${printEvents(this, events)}`,
    };
  },

  /** Passes if the subject raised these events in this order (other events may come in between). */
  toHaveRaisedInOrder(
    this: MatcherContext,
    subject: unknown,
    expected: readonly ExpectedEvent[],
  ): SyncExpectationResult {
    const events = raisedEvents(subject);
    if (events === undefined) return notEvents(this, subject, 'toHaveRaisedInOrder');
    let next = 0;
    for (const event of events) {
      const want = expected[next];
      if (want !== undefined && matchesExpected(this, event, want)) next += 1;
    }
    const names = expected.map((e) => (typeof e === 'function' ? e.name : e.constructor.name));
    return {
      pass: next === expected.length,
      message: () =>
        `${this.utils.matcherHint('toHaveRaisedInOrder', undefined, undefined, { isNot: this.isNot === true })}\n\n` +
        `Expected ${this.isNot ? 'not ' : ''}in order: [${names.join(', ')}]\nRaised: ${printEvents(this, events)}`,
    };
  },
};

/** Adds Glia's matchers to jest's `expect`: call it once, e.g. in a setup file or at the top of a test file. */
export function registerGliaMatchers(expect: { extend(matchers: typeof gliaMatchers): void }): void {
  expect.extend(gliaMatchers);
}

function notEvents(context: MatcherContext, subject: unknown, name: string): SyncExpectationResult {
  // Fails under `.not` as well: a subject that holds no events is a mistake, not a pass.
  return {
    pass: context.isNot === true,
    message: () =>
      `${context.utils.matcherHint(name)}\n\nExpected an aggregate, a list of events or an object with ` +
      `\`events\`, received ${context.utils.printReceived(subject)}`,
  };
}

function matches(context: MatcherContext, event: DomainEvent, eventClass: EventClass, payload?: object): boolean {
  if (!(event instanceof eventClass)) return false;
  if (payload === undefined) return true;
  const actual = event.payload();
  return Object.entries(payload).every(([key, value]) => key in actual && context.equals(actual[key], value));
}

function matchesExpected(context: MatcherContext, event: DomainEvent, expected: ExpectedEvent): boolean {
  if (typeof expected === 'function') return event instanceof expected;
  return event.constructor === expected.constructor && context.equals(event.payload(), expected.payload());
}

function printEvents(context: MatcherContext, events: readonly DomainEvent[]): string {
  if (events.length === 0) return eventNames(events);
  return events.map((e) => `\n  ${e.constructor.name} ${context.utils.printReceived(e.payload())}`).join('');
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- an augmentation must repeat every type parameter
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** Passes if the aggregate (or event list) raised an event of `eventClass` with these payload fields. */
    toHaveRaised<E extends DomainEvent>(eventClass: EventClass<E>, payload?: PayloadMatch<E>): R;
    /** Passes if the aggregate (or event list) raised these events in this order, others allowed between. */
    toHaveRaisedInOrder(expected: readonly ExpectedEvent[]): R;
  }
}
