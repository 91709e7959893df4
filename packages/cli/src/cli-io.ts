/** A stream the CLI writes to; `isTTY` decides colours, screen refreshes and progress lines. */
export type CliOutput = { write(text: string): unknown; readonly isTTY?: boolean };

/** Where the CLI reads and writes, so tests run it in-process with their own streams. */
export type CliIo = {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Answers to confirmation prompts; without it, prompts are refused (pass `--yes`). */
  readonly stdin?: NodeJS.ReadableStream;
  /** `DATABASE_URL`, `AMQP_URL`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Stops `--watch` (Ctrl-C in the real process). */
  readonly signal?: AbortSignal;
};
