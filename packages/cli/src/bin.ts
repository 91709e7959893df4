#!/usr/bin/env node
import { runCli } from './run-cli.js';

// Ctrl-C stops `--watch` cleanly instead of killing the process mid-query.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: controller.signal,
});
