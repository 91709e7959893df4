import { alternate, type Contender } from '../measure/alternate.js';
import type { BenchOptions } from '../options.js';
import { formatRate, formatRatio, type Section, type TargetCheck } from '../report/section.js';
import { emitterDispatchSample } from './emitter-contender.js';
import { gliaCommitSample, gliaDispatchSample } from './glia-contenders.js';
import { nestDispatchSample } from './nest-contender.js';

/** Benchmark 1: in-process dispatch to 1, 3 and 10 async handlers, Glia against @nestjs/cqrs and EventEmitter. */
export async function dispatchSuite(options: BenchOptions): Promise<Section> {
  const events = options.dispatchEvents;
  const rows: string[][] = [];
  const data: Record<string, unknown>[] = [];
  const targets: TargetCheck[] = [];
  for (const handlers of options.handlerCounts) {
    const contenders: Contender[] = [
      { name: 'glia', sample: () => gliaDispatchSample(handlers, events) },
      { name: 'gliaCommit', sample: () => gliaCommitSample(handlers, events) },
      { name: 'nest', sample: () => nestDispatchSample(handlers, events) },
      { name: 'emitter', sample: () => emitterDispatchSample(handlers, events) },
    ];
    const result = await alternate(contenders, options.rounds, !options.quick);
    const rate = (name: string): number => result.get(name)?.median ?? Number.NaN;
    const [glia, gliaCommit, nest, emitter] = [rate('glia'), rate('gliaCommit'), rate('nest'), rate('emitter')];
    rows.push([
      String(handlers),
      formatRate(glia),
      formatRate(gliaCommit),
      formatRate(nest),
      formatRate(emitter),
      formatRatio(glia / nest),
      formatRatio(emitter / glia),
    ]);
    data.push({ handlers, events, samples: Object.fromEntries(result) });
    const measured = !options.quick;
    targets.push(
      {
        target: `dispatch ≥ 3× @nestjs/cqrs (${handlers} handler${handlers > 1 ? 's' : ''})`,
        measured: formatRatio(glia / nest),
        met: measured ? glia / nest >= 3 : undefined,
      },
      {
        target: `dispatch cost ≤ 2× EventEmitter (${handlers} handler${handlers > 1 ? 's' : ''})`,
        measured: formatRatio(emitter / glia),
        met: measured ? emitter / glia <= 2 : undefined,
      },
    );
  }
  return {
    id: 'dispatch',
    title: 'In-process dispatch (events/s, median)',
    note:
      `${events.toLocaleString('en-US')} events per sample, median of ${options.rounds} alternating rounds. ` +
      '"Glia dispatcher": pre-committed deliveries handed to the in-process dispatcher, then `glia.drain()`. ' +
      '"Glia commit+drain": one scope, one new aggregate, one event and one `unitOfWork.commit()` per event, then `glia.drain()`. ' +
      '"@nestjs/cqrs": `eventBus.publish` per event to singleton `@EventsHandler`s, awaiting every handler call. ' +
      '"EventEmitter": `emit` per event to async listeners, awaiting every call.',
    columns: [
      'handlers',
      'Glia dispatcher',
      'Glia commit+drain',
      '@nestjs/cqrs',
      'EventEmitter',
      'Glia ÷ Nest',
      'Glia cost ÷ EventEmitter',
    ],
    rows,
    targets,
    data,
  };
}
