import type { IntegrationEventPublisher } from './integration-event-publisher.js';
import type { IntegrationEventReceiver } from './integration-event-receiver.js';
import type { RelayRunnerOptions } from './relay-runner.js';

/** Where committed integration events go, and how the relay of this process runs. */
export type IntegrationOptions = {
  /**
   * The broker (e.g. a `RabbitMqPublisher`); Glia owns it and closes it on `close()`. When absent,
   * events are delivered in-process to `receivers`.
   */
  readonly publisher?: IntegrationEventPublisher;
  /** Receivers in this process, for the in-process publisher used when no `publisher` is given. */
  readonly receivers?: readonly IntegrationEventReceiver[];
  /** Tuning of the relay, or `false` to run none here (another process relays, or you call `OutboxRelay`). */
  readonly relay?: RelayRunnerOptions | false;
};
