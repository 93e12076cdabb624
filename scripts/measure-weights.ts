import { superviseCommand } from './app/supervision/supervisor.js';

superviseCommand('measure-weights', new URL('./app/commands/measure-weights.ts', import.meta.url));
