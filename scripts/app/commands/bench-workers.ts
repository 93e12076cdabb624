import { fileURLToPath } from 'node:url';
import { benchWorkers } from '../bench/workers.js';

// Each side is measured by the entry script again, in a fresh process.
const ENTRY = fileURLToPath(new URL('../../bench-workers.ts', import.meta.url));

export const main = (): Promise<number> => benchWorkers(process.argv.slice(2), ENTRY);
