import { superviseCommand } from './app/supervision/supervisor.js';

// The regression gate: re-runs (or reads) a report and compares it with a baseline.
superviseCommand('check', new URL('./app/commands/check.ts', import.meta.url));
