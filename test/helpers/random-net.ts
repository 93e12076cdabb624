import { buildNet, subStream, type NetSpec, type PatternSet } from '../../engine/index.js';

/**
 * A net with a skip connection (input → output), a tied weight block used by two projections
 * (input → a and a → b, both 3 × 3) and a bias block shared by two groups.
 */
export const skipTiedSpec: NetSpec = {
  groups: [
    { name: 'input', size: 3, kind: 'input' },
    { name: 'a', size: 3, kind: 'hidden', bias: 'sharedBias' },
    { name: 'b', size: 3, kind: 'hidden', bias: 'sharedBias' },
    { name: 'out', size: 2, kind: 'output', bias: 'outBias' },
  ],
  projections: [
    { from: 'input', to: 'a', block: 'tied' },
    { from: 'a', to: 'b', block: 'tied' },
    { from: 'b', to: 'out', block: 'bOut' },
    { from: 'input', to: 'out', block: 'skip' },
  ],
};

/** Random inputs in [0, 1) and random 0/1 targets, drawn from a named test stream. */
export function randomPatterns(spec: NetSpec, count: number, seed: number): PatternSet {
  const stream = subStream('test', seed, 'patterns');
  const rows = (size: number, binary: boolean) =>
    Array.from({ length: count }, () => Array.from({ length: size }, () => (binary ? (stream.next() < 0.5 ? 0 : 1) : stream.next())));
  const net = buildNet(spec);
  const inputs = Object.fromEntries(net.inputGroups.map((i) => [net.groups[i]!.name, rows(net.groups[i]!.size, false)]));
  const targets = Object.fromEntries(net.outputGroups.map((i) => [net.groups[i]!.name, rows(net.groups[i]!.size, true)]));
  return { count, inputs, targets };
}
