// The quick start's entry point: `pnpm pizzeria` builds the workspace and runs this file.
import { createPizzeriaLog } from './logging/create-pizzeria-log.js';
import { startServer } from './server.js';

const port = Number(process.env['PORT'] ?? 3000);
// Glia and fastify log through this one pino logger: JSON lines on stdout, at `LOG_LEVEL` (info).
const log = createPizzeriaLog();
const server = await startServer(Number.isInteger(port) ? port : 3000, process.env['HOST'] ?? '0.0.0.0', { log });
console.log(`Mario's Pizzeria is open at ${server.url}`);
console.log(`  store: ${server.storage}`);
console.log(`  integration events: ${server.integration}`);
console.log(`  API docs: ${server.url}/docs   health: ${server.url}/health   ready: ${server.url}/ready`);
console.log('  Ctrl+C stops it.');

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing…`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error('Could not close cleanly:', error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
