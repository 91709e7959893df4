import { createInterface } from 'node:readline';
import type { CliIo } from '../cli-io.js';
import { CliError, ExitCode } from '../cli-error.js';

/** Asks a yes/no question on stdin unless `yes`; declining (or no stdin) aborts with exit code 1. */
export async function confirm(io: CliIo, question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (io.stdin === undefined) {
    throw new CliError('CLI.NOT_CONFIRMED', `${question} Refused without a terminal: pass --yes.`, ExitCode.failed);
  }
  io.stderr.write(`${question} [y/N] `);
  const answer = await readLine(io.stdin);
  if (!/^y(es)?$/i.test(answer.trim())) {
    throw new CliError('CLI.NOT_CONFIRMED', 'Aborted: nothing was changed.', ExitCode.failed);
  }
}

function readLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}
