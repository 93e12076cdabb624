import { superviseCommand } from './app/supervision/supervisor.js';

superviseCommand('reproduce', new URL('./app/commands/reproduce.ts', import.meta.url));
