import type { Net } from './net.js';

// Parameters as JSON by block name: a weight block is a list of rows (one per receiving unit,
// each listing the weights from the sending units); a bias block is a list of numbers.

export type ParamsJson = Record<string, number[] | number[][]>;

export class ParamsError extends Error {}

export function exportParams(net: Net, params: Float64Array): ParamsJson {
  const out: ParamsJson = {};
  for (const b of net.blocks) {
    const values = Array.from(params.subarray(b.offset, b.offset + b.length));
    out[b.name] = b.kind === 'bias' ? values : Array.from({ length: b.rows }, (_, j) => values.slice(j * b.cols, (j + 1) * b.cols));
  }
  return out;
}

/** Reads every block of the net from JSON, checking names and shapes; throws ParamsError. */
export function importParams(net: Net, json: unknown): Float64Array {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ParamsError('parameters must be a JSON object mapping block names to arrays');
  }
  const record = json as Record<string, unknown>;
  const known = new Set(net.blocks.map((b) => b.name));
  for (const name of Object.keys(record)) {
    if (!known.has(name)) throw new ParamsError(`unknown parameter block "${name}" (known: ${[...known].join(', ')})`);
  }
  const params = new Float64Array(net.parameterCount);
  for (const b of net.blocks) {
    const value = record[b.name];
    if (value === undefined) throw new ParamsError(`missing parameter block "${b.name}"`);
    const rows = b.kind === 'bias' ? [value] : value;
    const width = b.kind === 'bias' ? b.rows : b.cols;
    const height = b.kind === 'bias' ? 1 : b.rows;
    if (!Array.isArray(rows) || rows.length !== height) {
      throw new ParamsError(`block "${b.name}" must have ${height} row(s)`);
    }
    rows.forEach((row: unknown, j: number) => {
      if (!Array.isArray(row) || row.length !== width || !row.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new ParamsError(`block "${b.name}" row ${j} must hold ${width} finite numbers`);
      }
      params.set(row as number[], b.offset + j * width);
    });
  }
  return params;
}
