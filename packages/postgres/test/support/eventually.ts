/**
 * Polls `probe` until it returns true; throws after `timeoutMs`, so a broken test fails instead of
 * spinning after jest gave up on it. For conditions in the database or in other processes, which
 * cannot be awaited directly.
 */
export async function eventually(
  probe: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
