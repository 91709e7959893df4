// Runs only Glia's dispatcher sample, for profiling:
//   node --cpu-prof --cpu-prof-dir=bench/profiles bench/dist/profile-dispatch.js [handlers] [events] [rounds]
import 'reflect-metadata';
import { gliaDispatchSample } from './dispatch/glia-contenders.js';

const [handlers = 3, events = 10_000, rounds = 5] = process.argv.slice(2).map(Number);
for (let round = 0; round < rounds; round += 1) {
  const rate = await gliaDispatchSample(handlers, events);
  process.stdout.write(`${handlers} handlers: ${Math.round(rate).toLocaleString('en-US')} events/s\n`);
}
