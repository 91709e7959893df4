// @glia/rabbitmq: the public API. Anything not exported here is internal.
export { fromAmqpMessage, toAmqpMessage, type AmqpMessage, type ContentMode } from './amqp-cloud-event.js';
export { BrokerUnavailableError } from './broker-unavailable.error.js';
export { GliaHeaders } from './glia-headers.js';
export {
  declareQueueTopology,
  queueTopology,
  type QueueTopology,
  type QueueTopologyOptions,
} from './queue-topology.js';
export {
  RabbitMqConsumer,
  type ConsumerStats,
  type DeadLetter,
  type RabbitMqConsumerOptions,
} from './rabbitmq-consumer.js';
export { RabbitMqPublisher, type RabbitMqPublisherOptions } from './rabbitmq-publisher.js';
export { connectWithBackoff, type ConnectControl, type ReconnectOptions } from './reconnect.js';
export { redriveDeadLetters, type RedriveOptions } from './redrive-dead-letters.js';
