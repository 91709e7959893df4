// The quick start's entry point: `pnpm pizzeria` builds the workspace and runs this file.
import { runDemo } from './demo/run-demo.js';

await runDemo((line) => console.log(line));
