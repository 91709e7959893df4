import type { CloudEvent } from './cloud-event.js';
import type { OutboxMessageStore } from './outbox-message-store.js';

/**
 * At most `limit` pending events of `store` other than those in `excluding`. Asks the store to leave
 * them out; a store that ignores `excluding` is read past them instead, so an excluded event is never
 * returned either way.
 */
export async function readPending(
  store: OutboxMessageStore,
  limit: number,
  excluding: ReadonlySet<string>,
): Promise<readonly CloudEvent[]> {
  if (excluding.size === 0) return store.pendingMessages(limit);
  const pending = await store.pendingMessages(limit, excluding);
  if (!pending.some((event) => excluding.has(event.id))) return pending;
  const wider = await store.pendingMessages(limit + excluding.size);
  return wider.filter((event) => !excluding.has(event.id)).slice(0, limit);
}
