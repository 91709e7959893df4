// A consumer process for the broker tests: `consume` runs a RabbitMqConsumer until SIGTERM;
// `die-after-commit` SIGKILLs itself once its first event's effect and inbox record have committed,
// before the consumer can acknowledge it. Each receipt is printed as a JSON line.
import type { CloudEvent } from '@glia/core';
import { RabbitMqConsumer } from '@glia/rabbitmq';
// Imported by file, not from the index, so the children do not load PGlite.
import { pgDriver } from '../../../src/driver/pg-driver.js';
import { PostgresPersistence } from '../../../src/postgres-persistence.js';
import { effectReceiver } from '../oven-line.js';

const [mode = 'consume', schema = 'glia', url = '', exchange = '', queue = ''] = process.argv.slice(2);

const driver = pgDriver({ max: 4 });
const persistence = new PostgresPersistence({ driver, schema, migrate: false, worker: false });
const receiver = effectReceiver(schema, persistence.inbox, persistence.transactions);
const receive = receiver.receive.bind(receiver);
receiver.receive = async (event: CloudEvent) => {
  const outcome = await receive(event);
  process.stdout.write(`${JSON.stringify({ id: event.id, outcome })}\n`);
  // Committed, not yet acknowledged: the broker must deliver it again to someone else.
  if (mode === 'die-after-commit') process.kill(process.pid, 'SIGKILL');
  return outcome;
};
const consumer = new RabbitMqConsumer({
  url,
  exchange,
  queue,
  bindings: ['com.mariopizzeria.test.#'],
  prefetch: mode === 'die-after-commit' ? 1 : 16,
  retryDelaysMs: [200],
  receiver,
});
await consumer.start();
process.on('SIGTERM', () => {
  void consumer
    .stop()
    .then(() => persistence.close())
    .then(() => process.exit(0));
});
process.stdout.write('ready\n');
