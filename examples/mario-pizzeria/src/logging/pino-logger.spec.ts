import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context as otelContext, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import type { DestinationStream } from 'pino';
import { integrationLogReceiver } from '../integration/integration-log.receiver.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { OrderCreated } from '../orders/events/order-created.event.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { createPizzeriaLog } from './create-pizzeria-log.js';
import { pinoLogger } from './pino-logger.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';

type Line = Record<string, unknown>;

/** A pino logger at `level` whose JSON lines land, parsed, in `lines`. */
function capturedLog(level = 'debug') {
  const lines: Line[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as Line) };
  return { lines, log: createPizzeriaLog({ level, destination }) };
}

// The active span is found through the context manager an OpenTelemetry SDK installs.
const contextManager = new AsyncLocalStorageContextManager();
beforeAll(() => void otelContext.setGlobalContextManager(contextManager.enable()));
afterAll(() => otelContext.disable());

describe('pinoLogger', () => {
  it('writes each level as one JSON line, the fields as its properties', () => {
    const { lines, log } = capturedLog();
    const logger = pinoLogger(log);
    logger.debug('d', { a: 1 });
    logger.info('i');
    logger.warn('w', { b: 'two' });
    logger.error('e', { error: { name: 'Boom' } });
    expect(lines.map((l) => [l['level'], l['msg']])).toEqual([
      [20, 'd'],
      [30, 'i'],
      [40, 'w'],
      [50, 'e'],
    ]);
    expect(lines[0]).toMatchObject({ a: 1 });
    expect(lines[2]).toMatchObject({ b: 'two' });
    expect(lines[3]).toMatchObject({ error: { name: 'Boom' } });
  });

  it("binds a child's fields to every line it writes, as pino's child does", () => {
    const { lines, log } = capturedLog();
    const child = pinoLogger(log).child?.({ correlationId: 'c-1' });
    child?.info('one');
    child?.child?.({ causationId: 'm-1' }).warn('two', { extra: true });
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'one', correlationId: 'c-1' }),
      expect.objectContaining({ msg: 'two', correlationId: 'c-1', causationId: 'm-1', extra: true }),
    ]);
  });

  it('is silent below its level', () => {
    const { lines, log } = capturedLog('warn');
    pinoLogger(log).info('not written');
    expect(lines).toEqual([]);
  });
});

describe('createPizzeriaLog', () => {
  const active = trace.setSpanContext(ROOT_CONTEXT, { traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 1 });

  it("adds the active span's trace and span ids to lines written inside it", () => {
    const { lines, log } = capturedLog();
    otelContext.with(active, () => log.info('inside'));
    log.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', traceId: TRACE_ID, spanId: SPAN_ID });
    expect(lines[1]).not.toHaveProperty('traceId');
  });

  it('keeps a trace id the line or its logger names already, with no second key', () => {
    const { lines, log } = capturedLog();
    otelContext.with(active, () => {
      log.info({ traceId: 'from-the-line' }, 'own');
      log.child({ traceId: 'from-the-binding' }).info('bound');
    });
    expect(lines[0]).toMatchObject({ traceId: 'from-the-line' });
    expect(lines[0]).not.toHaveProperty('spanId');
    expect(lines[1]).toMatchObject({ traceId: 'from-the-binding' });
    expect(lines[1]).not.toHaveProperty('spanId');
  });

  it('ignores an invalid (no-op) span context', () => {
    const { lines, log } = capturedLog();
    const invalid = trace.setSpanContext(ROOT_CONTEXT, {
      traceId: '0'.repeat(32),
      spanId: '0'.repeat(16),
      traceFlags: TraceFlags.NONE,
    });
    otelContext.with(invalid, () => log.info('no trace'));
    expect(lines[0]).not.toHaveProperty('traceId');
  });
});

let failures = 0;
/** Fails each order's first delivery: Glia then logs the retry itself. */
@HandlesEvent(OrderCreated, { name: 'test.FailsOnce' })
class FailsOnceHandler implements DomainEventHandler<OrderCreated> {
  async handle(): Promise<void> {
    if (failures++ === 0) throw new Error('the oven is cold');
  }
}

describe('the pizzeria logging through pino', () => {
  it('writes every line of a traced command, Glia’s and its own, with its correlation and trace ids', async () => {
    const { lines, log } = capturedLog();
    const logger = pinoLogger(log);
    const { glia, mediator } = await seededPizzeria({
      logger,
      integration: { receivers: [integrationLogReceiver(logger)] },
      eventHandlers: [FailsOnceHandler],
      retry: { initialDelayMs: 1, maxDelayMs: 1, jitter: 0 },
    });
    lines.length = 0; // the seed's lines are not part of the traced command
    await mediator.send(PlaceOrder, oneMargherita, {
      correlationId: 'order-request-1',
      traceparent: `00-${TRACE_ID}-${SPAN_ID}-01`,
    });
    await glia.drain();
    await glia.close();

    expect(lines.map((l) => l['msg'])).toEqual(
      expect.arrayContaining([
        'Delivery attempt failed; will retry',
        'integration event com.mariopizzeria.order.placed.v1',
      ]),
    );
    for (const line of lines) expect(line).toMatchObject({ correlationId: 'order-request-1', traceId: TRACE_ID });
  });
});
