import type { ConfirmChannel, Message, Options } from 'amqplib';

/**
 * Publishes `message`'s body again, persistent, with its content type, id, type and priority plus
 * `options` (headers, …), and resolves once the broker confirmed it.
 */
export function republish(
  channel: ConfirmChannel,
  exchange: string,
  routingKey: string,
  message: Message,
  options: Options.Publish,
): Promise<void> {
  const { properties } = message;
  return new Promise((resolve, reject) => {
    channel.publish(
      exchange,
      routingKey,
      message.content,
      {
        persistent: true,
        ...(properties.contentType === undefined ? {} : { contentType: properties.contentType as string }),
        ...(properties.messageId === undefined ? {} : { messageId: properties.messageId as string }),
        ...(properties.type === undefined ? {} : { type: properties.type as string }),
        ...(properties.priority === undefined ? {} : { priority: properties.priority as number }),
        ...options,
      },
      (error: unknown) => (error === null || error === undefined ? resolve() : reject(error as Error)),
    );
  });
}
