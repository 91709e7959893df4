import { Readable } from 'node:stream';
import type { CliIo } from '../../src/index.js';

/** A writable that keeps what was written. */
export class Capture {
  text = '';
  /** Appends. */
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** What one in-process run printed and returned. */
export type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Streams for one run: captured output, `answer` typed at any prompt, an environment without DATABASE_URL. */
export function testIo(options: { answer?: string; env?: Record<string, string>; signal?: AbortSignal } = {}): {
  io: CliIo;
  stdout: Capture;
  stderr: Capture;
} {
  const stdout = new Capture();
  const stderr = new Capture();
  return {
    stdout,
    stderr,
    io: {
      stdout,
      stderr,
      env: options.env ?? {},
      ...(options.answer !== undefined && { stdin: Readable.from([`${options.answer}\n`]) }),
      ...(options.signal !== undefined && { signal: options.signal }),
    },
  };
}
