import type { Net } from './net.js';

// What the batched passes need to know of a net, compiled once per net into objects of a few
// fixed classes. The net's own group objects come in several shapes (with or without a bias key),
// and every freshly built net is new to the JIT; passes that read them deoptimise and re-optimise
// for many sweeps. Reading these instead keeps the hot loops monomorphic from the first net on.

export class PlanProjection {
  constructor(
    /** Index of the source group. */
    readonly from: number,
    /** Offset and length of the weight block; w is (rows = target size, cols), w_ji at j · cols + i. */
    readonly offset: number,
    readonly length: number,
    readonly cols: number,
    readonly fromInput: boolean,
  ) {}
}

export class PlanGroup {
  constructor(
    readonly index: number,
    readonly size: number,
    /** Offset of the bias block, or −1. */
    readonly biasOffset: number,
    /** Incoming projections in the net's order. */
    readonly incoming: PlanProjection[],
  ) {}
}

export class PassPlan {
  constructor(
    /** The non-input groups in evaluation order. */
    readonly groups: PlanGroup[],
    /** The output groups, in the net's order. */
    readonly outputs: PlanGroup[],
  ) {}
}

const plans = new WeakMap<Net, PassPlan>();

export function passPlan(net: Net): PassPlan {
  let plan = plans.get(net);
  if (plan === undefined) {
    const groups = net.groups
      .filter((g) => g.kind !== 'input')
      .map((g) => new PlanGroup(g.index, g.size, g.biasOffset, g.incoming.map((p) => new PlanProjection(p.from, p.block.offset, p.block.length, p.block.cols, net.groups[p.from]!.kind === 'input'))));
    plan = new PassPlan(groups, net.outputGroups.map((i) => groups.find((g) => g.index === i)!));
    plans.set(net, plan);
  }
  return plan;
}
