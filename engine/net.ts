// A net is unit groups and projections onto named parameter blocks.
// Two projections (or two group biases) that name the same block are tied: they share its values.
// Groups are listed in evaluation order; a projection must go from an earlier group to a later one,
// which allows skip connections and unrolled iterative nets while forbidding cycles.

import { NetSpecError } from './config-error.js';
import { checkNetSpec } from './validate-config.js';

export type GroupKind = 'input' | 'hidden' | 'output';

export interface GroupSpec {
  name: string;
  size: number;
  kind: GroupKind;
  /** Name of the bias block of this group; omit for no bias. Groups may share a bias block. */
  bias?: string;
}

export interface ProjectionSpec {
  from: string;
  to: string;
  /** Name of the weight block; projections naming the same block are tied. */
  block: string;
}

export interface NetSpec {
  groups: GroupSpec[];
  projections: ProjectionSpec[];
}

export interface Block {
  name: string;
  kind: 'weight' | 'bias';
  /** A weight block is (rows = to.size, cols = from.size), row-major: w[j * cols + i] is w_ji. */
  rows: number;
  cols: number;
  offset: number;
  length: number;
  /** How many projections or groups use this block (1 when untied). */
  copies: number;
}

export interface Group extends GroupSpec {
  index: number;
  /** Offset of the bias block in the parameter buffer, or -1 without bias. */
  biasOffset: number;
  incoming: Projection[];
}

export interface Projection {
  from: number;
  to: number;
  block: Block;
}

export interface Net {
  spec: NetSpec;
  groups: Group[];
  projections: Projection[];
  blocks: Block[];
  parameterCount: number;
  inputGroups: number[];
  outputGroups: number[];
}

/** Compiles a spec into a parameter layout; blocks are laid out in order of first use. */
export function buildNet(spec: NetSpec): Net {
  checkNetSpec(spec);
  const groupIndex = new Map<string, number>();
  spec.groups.forEach((g, index) => {
    if (groupIndex.has(g.name)) throw new NetSpecError(`group "${g.name}" is declared twice`);
    if (g.kind === 'input' && g.bias !== undefined) throw new NetSpecError(`input group "${g.name}" cannot have a bias`);
    groupIndex.set(g.name, index);
  });
  const lookup = (name: string, role: string): number => {
    const i = groupIndex.get(name);
    if (i === undefined) throw new NetSpecError(`projection ${role} unknown group "${name}"`);
    return i;
  };

  const blocks: Block[] = [];
  const byName = new Map<string, Block>();
  let offset = 0;
  const useBlock = (name: string, kind: Block['kind'], rows: number, cols: number): Block => {
    const existing = byName.get(name);
    if (existing) {
      if (existing.kind !== kind || existing.rows !== rows || existing.cols !== cols) {
        throw new NetSpecError(`block "${name}" is used with two different shapes`);
      }
      existing.copies += 1;
      return existing;
    }
    const block: Block = { name, kind, rows, cols, offset, length: rows * cols, copies: 1 };
    offset += block.length;
    blocks.push(block);
    byName.set(name, block);
    return block;
  };

  const groups: Group[] = spec.groups.map((g, index) => ({ ...g, index, biasOffset: -1, incoming: [] }));
  const projections: Projection[] = [];
  for (const group of groups) {
    for (const p of spec.projections.filter((q) => q.to === group.name)) {
      const from = lookup(p.from, 'from');
      if (from >= group.index) {
        throw new NetSpecError(`projection ${p.from} → ${p.to} must go from an earlier group to a later one`);
      }
      if (group.kind === 'input') throw new NetSpecError(`input group "${group.name}" cannot receive a projection`);
      const projection = { from, to: group.index, block: useBlock(p.block, 'weight', group.size, groups[from]!.size) };
      group.incoming.push(projection);
      projections.push(projection);
    }
    if (group.bias !== undefined) group.biasOffset = useBlock(group.bias, 'bias', group.size, 1).offset;
    if (group.kind !== 'input' && group.incoming.length === 0 && group.bias === undefined) {
      throw new NetSpecError(`group "${group.name}" receives nothing`);
    }
  }
  for (const p of spec.projections) lookup(p.to, 'to');

  const ofKind = (kind: GroupKind) => groups.filter((g) => g.kind === kind).map((g) => g.index);
  const outputGroups = ofKind('output');
  if (outputGroups.length === 0) throw new NetSpecError('a net needs at least one output group');
  return { spec, groups, projections, blocks, parameterCount: offset, inputGroups: ofKind('input'), outputGroups };
}

export function findBlock(net: Net, name: string): Block {
  const block = net.blocks.find((b) => b.name === name);
  if (!block) throw new NetSpecError(`no parameter block named "${name}"`);
  return block;
}

/** A view of one block inside the flat parameter (or gradient) buffer. */
export function blockView(buffer: Float64Array, block: Block): Float64Array {
  return buffer.subarray(block.offset, block.offset + block.length);
}
