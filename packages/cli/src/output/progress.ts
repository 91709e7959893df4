import type { CliOutput } from '../cli-io.js';

/**
 * Shows progress of a long run on stderr: a line redrawn in place on a terminal, a line every few
 * seconds otherwise. `poll` reads the current count; nothing is shown for runs under a second.
 */
export async function withProgress<T>(
  out: CliOutput,
  label: string,
  total: number,
  poll: () => Promise<number>,
  work: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  let shown = false;
  let polling = false;
  const tick = async (): Promise<void> => {
    if (polling) return;
    polling = true;
    try {
      const done = Math.min(total, await poll());
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const width = 24;
      const bar = '#'.repeat(Math.round((percent / 100) * width)).padEnd(width, '.');
      const text = `${label} [${bar}] ${done}/${total} (${percent}%) ${Math.round((Date.now() - started) / 1000)}s`;
      out.write(out.isTTY === true ? `\r${text}` : `${text}\n`);
      shown = true;
    } catch {
      // Progress is a courtesy: a failed poll must not fail the run.
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void tick(), out.isTTY === true ? 500 : 5_000);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (shown && out.isTTY === true) out.write('\n');
  }
}
