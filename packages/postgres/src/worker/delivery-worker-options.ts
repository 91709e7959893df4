/** How the delivery worker claims and runs deliveries. */
export type DeliveryWorkerOptions = {
  /** How long a claim lasts; a delivery still unfinished after it is claimed again (30 s). */
  readonly leaseMs: number;
  /** Deliveries claimed per round (32). */
  readonly batchSize: number;
  /** Deliveries run at once (1 on PGlite, 4 on a server). */
  readonly concurrency: number;
  /** Longest wait between rounds when no notification arrives (1 s). */
  readonly pollIntervalMs: number;
  /**
   * Connections of its own for claiming, for handlers' transactions (which complete the deliveries)
   * and for recording failed attempts, so these do not wait for a slot behind the application's
   * commits (`concurrency` + 1; 0 uses the driver's pool; PGlite always shares its one connection).
   */
  readonly connections: number;
  /** Identifies this worker in lease tokens and logs. */
  readonly workerId: string;
};
