import type { ParamsJson } from '../../engine/index.js';

// Reading weight blocks out of a report's JSON with their shapes checked, so a figure fails with a
// clear message rather than drawing a wrong picture when a block is missing or misshapen.

/** A weight block: `rows` receiving units, each listing `cols` weights (one per sending unit). */
export function matrix(params: ParamsJson, name: string, rows: number, cols: number): number[][] {
  const block = params[name];
  const ok = Array.isArray(block) && block.length === rows && block.every((r) => Array.isArray(r) && r.length === cols);
  if (!ok) throw new Error(`figure: weight block "${name}" is not ${rows} × ${cols}`);
  return block as number[][];
}

/** A bias block of `size` units. */
export function vector(params: ParamsJson, name: string, size: number): number[] {
  const block = params[name];
  const ok = Array.isArray(block) && block.length === size && block.every((v) => typeof v === 'number');
  if (!ok) throw new Error(`figure: bias block "${name}" is not a list of ${size} numbers`);
  return block as number[];
}
