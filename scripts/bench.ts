import { superviseCommand } from './app/supervision/supervisor.js';

// npm run bench: times the engine beside its baselines (or, with --scaling, one sweep as a plain net
// grows); the table goes to stdout, progress to stderr.
superviseCommand('bench', new URL('./app/commands/bench.ts', import.meta.url));
