import { cReference } from './c-reference.js';
import { engine, engineTs } from './engine-adapter.js';
import { nestedLoops } from './nested-loops.js';
import { objectGraph } from './object-graph.js';
import type { ImplementationId } from '../reports/contract/index.js';
import type { Implementation } from './task.js';
import { tfjsCpu, tfjsWasm } from './tfjs-backends.js';

/**
 * Every implementation the benchmark knows, the engine first (ratios are taken against it), then
 * the engine on its TypeScript passes, beside it in the table.
 */
export const implementations: readonly Implementation[] = [engine, engineTs, objectGraph, nestedLoops, tfjsCpu, tfjsWasm, cReference];

export const IMPLEMENTATION_IDS = implementations.map((i) => i.id) as readonly ImplementationId[];
