import type { MessageKind } from './message-definition.js';

/** One command or query on its way through the pipeline. */
export type MessageContext = {
  /** Command or query. */
  readonly kind: MessageKind;
  /** Its type name. */
  readonly type: string;
  /** Unique id of this message; the causation id of the events it produces. */
  readonly messageId: string;
  /** Id shared by everything one original request caused. */
  readonly correlationId: string;
  /** The validated, parsed input. */
  readonly payload: unknown;
};
