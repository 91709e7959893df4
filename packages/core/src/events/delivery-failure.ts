import type { Delivery } from '../uow/delivery.js';

/** One failed attempt of one delivery, as failure listeners see it. */
export type DeliveryFailure = {
  /** The delivery, as it was before this attempt. */
  readonly delivery: Delivery;
  /** Which attempt failed (1-based). */
  readonly attempt: number;
  /** What the handler (or its commit) threw. */
  readonly error: unknown;
  /** False once the delivery is dead. */
  readonly willRetry: boolean;
  /** When the next attempt is due, if there is one. */
  readonly nextAttemptAt?: Date;
};

/** Called for every failed delivery attempt; must not throw. */
export type DeliveryFailureListener = (failure: DeliveryFailure) => void;

/** The message of an error, for delivery records. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}
