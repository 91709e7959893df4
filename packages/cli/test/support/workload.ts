import { z } from 'zod';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  HandlesCommand,
  HandlesEvent,
  InjectRepository,
  createGlia,
  defineCommand,
  defineIntegrationEvent,
  mapDomainEvent,
  silentLogger,
  type CommandHandler,
  type DomainEventHandler,
  type IntegrationEventPublisher,
  type PublishResult,
  type Repository,
} from '@glia/core';
import { postgresPersistence, type SqlDriver } from '@glia/postgres';

@EventType('cli.TaskAdded.v1')
class TaskAdded extends DomainEvent {
  constructor(readonly title: string) {
    super();
  }
}

@AggregateType('cli.Task')
class Task extends AggregateRoot {
  constructor(
    readonly id: string,
    public title = '',
  ) {
    super();
  }
  add(title: string): void {
    this.title = title;
    this.raiseEvent(new TaskAdded(title));
  }
}

const taskMapper = {
  toSnapshot: (task: Task) => ({ id: task.id, title: task.title }),
  fromSnapshot: (s: { id: string; title: string }) => new Task(s.id, s.title),
};

const AddTask = defineCommand('cli.AddTask', z.object({ id: z.string(), title: z.string() }));

@HandlesCommand(AddTask)
class AddTaskHandler implements CommandHandler<typeof AddTask> {
  constructor(@InjectRepository(Task) private readonly tasks: Repository<Task>) {}
  async execute({ id, title }: { id: string; title: string }): Promise<void> {
    const task = new Task(id);
    this.tasks.add(task);
    task.add(title);
  }
}

const TaskAddedV1 = defineIntegrationEvent({
  type: 'com.example.cli.task.added.v1',
  source: '/cli-tests',
  schema: z.object({ title: z.string() }),
});

/**
 * What the receiver of integration events does with each task's event, by task id (the CloudEvent
 * subject): confirms it (sent, and purgeable) unless the test lists it as one to reject for good (the
 * relay parks it) or as unroutable (the relay defers it).
 */
export const receiver = { rejects: new Map<string, string>(), unroutable: new Set<string>() };

const broker: IntegrationEventPublisher = {
  publish: async (events) =>
    events.map((event): PublishResult => {
      const rejected = receiver.rejects.get(event.subject ?? '');
      if (rejected !== undefined) return { id: event.id, outcome: 'rejected', reason: rejected };
      if (receiver.unroutable.has(event.subject ?? ''))
        return { id: event.id, outcome: 'returned', reason: 'no queue' };
      return { id: event.id, outcome: 'confirmed' };
    }),
};

/** Fails while `broken` is true; the CLI tests fix it between runs. */
export const sink = { broken: true };

@HandlesEvent(TaskAdded, { name: 'cli.mailer', retry: { maxAttempts: 1 } })
class Mailer implements DomainEventHandler<TaskAdded> {
  async handle(): Promise<void> {
    if (sink.broken) throw new Error('SMTP is down');
  }
}

@HandlesEvent(TaskAdded, { name: 'cli.audit' })
class Audit implements DomainEventHandler<TaskAdded> {
  async handle(): Promise<void> {}
}

/**
 * Runs the app on `driver`/`schema` until `work` is done: adds `count` tasks (each with an integration
 * event, relayed), or waits for retried ones.
 */
export async function runApp(
  driver: SqlDriver,
  schema: string,
  work: { add?: number; prefix?: string; until?: () => Promise<boolean> },
): Promise<void> {
  const persistence = postgresPersistence({ driver, schema, ownsDriver: false, worker: { pollIntervalMs: 50 } });
  const glia = await createGlia({
    persistence,
    aggregates: [{ aggregate: Task, mapper: taskMapper }],
    commandHandlers: [AddTaskHandler],
    eventHandlers: [Mailer, Audit],
    integrationEvents: [mapDomainEvent(TaskAdded, TaskAddedV1, (e) => ({ title: e.title }))],
    integration: { publisher: broker, relay: { pollIntervalMs: 50 } },
    logger: silentLogger,
  });
  for (let i = 0; i < (work.add ?? 0); i += 1)
    await glia.mediator.send(AddTask, { id: `${work.prefix ?? 't'}-${i}`, title: `task ${i}` });
  await glia.drain();
  await glia.relay?.idle();
  // Revived deliveries were not handed over in this process: poll the records until they are done.
  if (work.until !== undefined) {
    for (let i = 0; i < 200 && !(await work.until()); i += 1) await new Promise((r) => setTimeout(r, 25));
  }
  await glia.close();
}
