// @glia/cli: the `glia` command, callable in-process. Anything not exported here is internal.
export { CliError, ExitCode } from './cli-error.js';
export type { CliIo, CliOutput } from './cli-io.js';
export { renderMessageStats, renderStatus, type StatusJson } from './commands/outbox-status.command.js';
export { runCli } from './run-cli.js';
