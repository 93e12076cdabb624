import type { NetSpec } from '../engine/index.js';

// Where each weight and bias of a net lives in the engine's flat parameter buffer, worked out
// here from the spec alone (not by the engine's buildNet), so that the baselines can read and write
// parameters in that layout independently: group by group in order, first the weight block of each
// projection into the group (in the order the spec lists them, w_ji at j · cols + i), then the
// group's bias. Baselines support untied nets only: every block name must be used once.

export interface LayoutGroup {
  name: string;
  size: number;
  kind: 'input' | 'hidden' | 'output';
  /** Offset of the bias block, or −1 without bias. */
  biasOffset: number;
}

export interface LayoutProjection {
  from: number;
  to: number;
  /** Offset of the weight block (rows = size of `to`, cols = size of `from`). */
  offset: number;
  rows: number;
  cols: number;
}

export interface Layout {
  groups: LayoutGroup[];
  /** In evaluation order: grouped by target group, in the spec's order within a group. */
  projections: LayoutProjection[];
  parameterCount: number;
}

export function layoutOf(spec: NetSpec): Layout {
  const index = new Map(spec.groups.map((g, k) => [g.name, k]));
  const names = new Set<string>();
  const claim = (name: string) => {
    if (names.has(name)) throw new Error(`baselines support untied nets only; block "${name}" is used twice`);
    names.add(name);
  };
  const groups: LayoutGroup[] = [];
  const projections: LayoutProjection[] = [];
  let offset = 0;
  spec.groups.forEach((g, to) => {
    for (const p of spec.projections.filter((q) => q.to === g.name)) {
      const from = index.get(p.from);
      if (from === undefined || from >= to) throw new Error(`projection ${p.from} → ${p.to} must come from an earlier group`);
      claim(p.block);
      const cols = spec.groups[from]!.size;
      projections.push({ from, to, offset, rows: g.size, cols });
      offset += g.size * cols;
    }
    let biasOffset = -1;
    if (g.bias !== undefined) {
      claim(g.bias);
      biasOffset = offset;
      offset += g.size;
    }
    groups.push({ name: g.name, size: g.size, kind: g.kind, biasOffset });
  });
  return { groups, projections, parameterCount: offset };
}

/** For every parameter, 1 when the task's decay shrinks it (weights, or everything), else 0. */
export function decayMask(layout: Layout, target: 'weights' | 'all' | null): Uint8Array {
  const mask = new Uint8Array(layout.parameterCount);
  if (target === null) return mask;
  for (const p of layout.projections) mask.fill(1, p.offset, p.offset + p.rows * p.cols);
  if (target === 'all') for (const g of layout.groups) if (g.biasOffset >= 0) mask.fill(1, g.biasOffset, g.biasOffset + g.size);
  return mask;
}
