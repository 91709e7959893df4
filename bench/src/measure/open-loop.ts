/**
 * Starts `rate × seconds` calls of `launch` on a fixed schedule, never waiting for earlier calls
 * (open loop: a slow system faces the same offered load, and its queueing shows in the latencies).
 * Calls whose time has come while the timer slept start at once. Resolves when all have settled.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  launch: (index: number, scheduledAt: number) => Promise<void>,
): Promise<{ readonly scheduleSeconds: number }> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const runs: Array<Promise<void>> = [];
  const start = performance.now();
  for (let i = 0; i < total;) {
    const now = performance.now();
    for (; i < total && start + i * interval <= now; i += 1) runs.push(launch(i, start + i * interval));
    if (i < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + i * interval - now)));
  }
  const scheduleSeconds = (performance.now() - start) / 1000;
  await Promise.all(runs);
  return { scheduleSeconds };
}

/** Resolves after `ms`, without keeping the process alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
