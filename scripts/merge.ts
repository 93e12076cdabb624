import { superviseCommand } from './app/supervision/supervisor.js';

superviseCommand('merge', new URL('./app/commands/merge.ts', import.meta.url));
