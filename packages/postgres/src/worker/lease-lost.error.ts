import { GliaError } from '@glia/core';

/** A worker tried to finish a delivery whose lease had passed to another claim; its work was rolled back. */
export class LeaseLostError extends GliaError {
  /** The stable code. */
  static readonly code = 'GLIA.LEASE_LOST';

  /** Creates the error for one delivery. */
  constructor(deliveryId: string) {
    super(
      LeaseLostError.code,
      `Delivery ${deliveryId} was claimed again after this worker's lease expired; its attempt was rolled back.`,
      { details: { deliveryId } },
    );
  }
}
