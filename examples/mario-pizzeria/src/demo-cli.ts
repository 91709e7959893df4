// `pnpm demo`: drives one order through the HTTP API of a running pizzeria (`pnpm pizzeria` first).
import { runHttpDemo } from './demo/run-http-demo.js';

const url = (process.env['PIZZERIA_URL'] ?? 'http://localhost:3000').replace(/\/$/, '');
try {
  await runHttpDemo(url, (line) => console.log(line));
} catch (error) {
  console.error(`The demo needs a running pizzeria at ${url} (start it with \`pnpm pizzeria\`).`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
