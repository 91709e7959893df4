import { median } from './stats.js';

/** One thing being measured: each call builds it afresh, measures it once, and returns a rate per second. */
export type Contender = { readonly name: string; readonly sample: () => Promise<number> };

/** The samples of every contender, and their medians. */
export type Samples = ReadonlyMap<string, { readonly samples: readonly number[]; readonly median: number }>;

declare const gc: (() => void) | undefined;

/**
 * Runs the contenders in alternation, `rounds` times after one unrecorded warm-up round, rotating
 * who goes first so that none always runs on a warmer or a more fragmented heap.
 */
export async function alternate(contenders: readonly Contender[], rounds: number, warmUp = true): Promise<Samples> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = warmUp ? -1 : 0; round < rounds; round += 1) {
    for (let i = 0; i < contenders.length; i += 1) {
      const contender = contenders[(Math.max(round, 0) + i) % contenders.length] as Contender;
      // Back to the event loop first: WeakRef targets (inversify's child containers) stay alive until the job ends.
      await new Promise((resolve) => setImmediate(resolve));
      if (typeof gc === 'function') gc();
      const rate = await contender.sample();
      if (round >= 0) samples.get(contender.name)?.push(rate);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, { samples: s, median: median(s) }]));
}
