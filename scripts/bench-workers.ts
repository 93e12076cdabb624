import { superviseCommand } from './app/supervision/supervisor.js';

// A developer's benchmark, not part of `npm test`: the seed pool's speed-up over one thread.
superviseCommand('bench-workers', new URL('./app/commands/bench-workers.ts', import.meta.url));
