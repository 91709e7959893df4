import { describe, expect, it } from '@jest/globals';
import {
  AggregateNotFoundError,
  ConcurrencyError,
  ConfigurationError,
  GliaError,
  HandlerNotFoundError,
  InvalidOperationError,
  UnitOfWorkClosedError,
  ValidationError,
} from '../index.js';

describe('GliaError and its subclasses', () => {
  it('carry stable codes, their own class name and structured details', () => {
    const errors: Array<[GliaError, string, string]> = [
      [new ConcurrencyError('Order', 'o-1', 2, 3), 'GLIA.CONCURRENCY', 'ConcurrencyError'],
      [new AggregateNotFoundError('Order', 'o-1'), 'GLIA.AGGREGATE_NOT_FOUND', 'AggregateNotFoundError'],
      [new HandlerNotFoundError('command', 'orders.Place'), 'GLIA.HANDLER_NOT_FOUND', 'HandlerNotFoundError'],
      [new ValidationError('command', []), 'GLIA.VALIDATION', 'ValidationError'],
      [new UnitOfWorkClosedError('committed'), 'GLIA.UNIT_OF_WORK_CLOSED', 'UnitOfWorkClosedError'],
      [ConfigurationError.duplicate('Handler', 'x'), 'GLIA.DUPLICATE_REGISTRATION', 'ConfigurationError'],
      [ConfigurationError.missingDecorator('X', '@Y'), 'GLIA.MISSING_DECORATOR', 'ConfigurationError'],
      [new InvalidOperationError('ORDER.EMPTY', 'empty'), 'ORDER.EMPTY', 'InvalidOperationError'],
    ];
    for (const [error, code, name] of errors) {
      expect(error).toBeInstanceOf(GliaError);
      expect(error).toBeInstanceOf(Error);
      expect([error.code, error.name]).toEqual([code, name]);
    }
    expect(new ConcurrencyError('Order', 'o-1', 2, undefined).details).toEqual({
      aggregateType: 'Order',
      aggregateId: 'o-1',
      expectedVersion: 2,
      actualVersion: undefined,
    });
    expect(new ConcurrencyError('Order', 'o-1', 2, 3).message).toContain('expected version 2, found 3');
  });

  it('keeps the wrapped cause', () => {
    const cause = new Error('disk full');
    const error = new GliaError('APP.SAVE_FAILED', 'could not save', { cause });
    expect(error.cause).toBe(cause);
    expect(new GliaError('APP.X', 'x').cause).toBeUndefined();
  });

  it('is() recognises Glia errors, optionally by code, and nothing else', () => {
    const invalid = new InvalidOperationError('ORDER.EMPTY', 'empty');
    expect(GliaError.is(invalid)).toBe(true);
    expect(GliaError.is(invalid, 'ORDER.EMPTY')).toBe(true);
    expect(GliaError.is(invalid, 'ORDER.CONFIRMED')).toBe(false);
    expect(InvalidOperationError.is(invalid, 'ORDER.EMPTY')).toBe(true);
    expect(InvalidOperationError.is(invalid, 'ORDER.CONFIRMED')).toBe(false);
    expect(ConcurrencyError.is(new ConcurrencyError('A', '1', 0, 1))).toBe(true);
    expect(ConcurrencyError.is(invalid)).toBe(false);
    expect(AggregateNotFoundError.is(new AggregateNotFoundError('A', '1'))).toBe(true);
    expect(HandlerNotFoundError.is(new HandlerNotFoundError('query', 'q'))).toBe(true);
    expect(ValidationError.is(new ValidationError('x', []))).toBe(true);
    expect(ConfigurationError.is(ConfigurationError.duplicate('a', 'b'), 'GLIA.DUPLICATE_REGISTRATION')).toBe(true);
    expect(ConfigurationError.is(ConfigurationError.duplicate('a', 'b'), 'GLIA.MISSING_DECORATOR')).toBe(false);
    for (const other of [new Error('plain'), 'GLIA.CONCURRENCY', { code: 'GLIA.CONCURRENCY' }, undefined, null]) {
      expect(GliaError.is(other)).toBe(false);
      expect(GliaError.is(other, 'GLIA.CONCURRENCY')).toBe(false);
      expect(ConcurrencyError.is(other)).toBe(false);
    }
  });

  it('is() with a code matches an error from another copy of the package by its code', () => {
    const foreign = Object.assign(new Error('changed concurrently'), { code: 'GLIA.CONCURRENCY' });
    expect(GliaError.is(foreign, 'GLIA.CONCURRENCY')).toBe(true);
    expect(GliaError.is(foreign, 'GLIA.VALIDATION')).toBe(false);
  });

  it('toJSON gives name, code, message and details, never the stack or the cause', () => {
    const error = new AggregateNotFoundError('Order', 'o-9');
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({
      name: 'AggregateNotFoundError',
      code: 'GLIA.AGGREGATE_NOT_FOUND',
      message: 'Order o-9 does not exist.',
      details: { aggregateType: 'Order', aggregateId: 'o-9' },
    });
    const wrapped = new GliaError('APP.FAILED', 'failed', { cause: new Error('secret') });
    expect(wrapped.toJSON()).toEqual({ name: 'GliaError', code: 'APP.FAILED', message: 'failed' });
    expect(JSON.stringify(wrapped)).not.toContain('secret');
    expect(JSON.stringify(wrapped)).not.toContain('stack');
  });
});
