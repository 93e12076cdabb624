import { superviseCommand } from './app/supervision/supervisor.js';

superviseCommand('compare', new URL('./app/commands/compare.ts', import.meta.url));
