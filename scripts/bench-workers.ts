import { fileURLToPath } from 'node:url';
import { benchWorkers } from './app/bench/workers.js';
import { runCommand } from './app/usage-error.js';

// A developer's benchmark, not part of `npm test`: the seed pool's speed-up over one thread.
await runCommand('bench-workers', () => benchWorkers(process.argv.slice(2), fileURLToPath(import.meta.url)));
