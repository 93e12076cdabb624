import type { Net } from '../net.js';
import type { PassPlan } from '../pass-plan.js';
import type { SparseInput } from '../sparse-inputs.js';

// Where each buffer of a kernel workspace lives in WebAssembly memory (byte addresses), and the
// plan the kernels read, as i32 words written at address 0. The word format is documented at the
// top of engine/wasm/passes.wat; the two must change together.

export interface PlanLayout {
  /** Bytes the workspace needs. */
  bytes: number;
  /** The plan, to be written at address 0. */
  words: Int32Array;
  plan: number;
  params: number;
  grad: number;
  /** By group index (0 where the group has no such buffer). */
  act: number[];
  delta: number[];
  targets: number[];
  sparseStart: number[];
  sparseIndex: number[];
}

const GROUP_WORDS = 5;
const PROJECTION_WORDS = 8;

export function planWords(net: Net, plan: PassPlan, count: number, sparse: ReadonlyArray<SparseInput | null>): PlanLayout {
  const groups = plan.groups;
  const recordWords = groups.map((g) => GROUP_WORDS + PROJECTION_WORDS * g.incoming.length);
  const nWords = 5 + groups.length + recordWords.reduce((a, b) => a + b, 0) + 4 * plan.outputs.length;
  let end = nWords * 4;
  // 16-byte aligned, so that a buffer's first pair of doubles is one aligned f64x2.
  const take = (bytes: number) => {
    const at = Math.ceil(end / 16) * 16;
    end = at + bytes;
    return at;
  };
  const none = () => net.groups.map(() => 0);
  const maxSize = Math.max(...groups.map((g) => g.size));
  const scratch = take(8 * maxSize);
  const params = take(8 * net.parameterCount);
  const grad = take(8 * net.parameterCount);
  const act = none();
  const delta = none();
  const targets = none();
  const sparseStart = none();
  const sparseIndex = none();
  for (const g of net.groups) {
    const bytes = 8 * g.size * count;
    act[g.index] = take(bytes);
    if (g.kind !== 'input') delta[g.index] = take(bytes);
    if (g.kind === 'output') targets[g.index] = take(bytes);
    const sp = sparse[g.index];
    if (sp) {
      sparseStart[g.index] = take(4 * sp.start.length);
      sparseIndex[g.index] = take(4 * Math.max(1, sp.index.length));
    }
  }

  const words = new Int32Array(nWords);
  const groupTable = 5;
  let at = groupTable + groups.length;
  words.set([groups.length, plan.outputs.length, groupTable * 4, 0, scratch]);
  groups.forEach((g, k) => {
    words[groupTable + k] = at * 4;
    words.set([g.size, act[g.index]!, delta[g.index]!, g.biasOffset >= 0 ? 8 * g.biasOffset : -1, g.incoming.length], at);
    g.incoming.forEach((p, q) => {
      const sp = sparse[p.from] ? 1 : 0;
      words.set([act[p.from]!, delta[p.from]!, 8 * p.offset, p.cols, sp * sparseStart[p.from]!, sp * sparseIndex[p.from]!, p.fromInput ? 1 : 0, p.length],
        at + GROUP_WORDS + PROJECTION_WORDS * q);
    });
    at += recordWords[k]!;
  });
  words[3] = at * 4;
  plan.outputs.forEach((g, k) => words.set([act[g.index]!, targets[g.index]!, delta[g.index]!, g.size], at + 4 * k));
  return { bytes: end, words, plan: 0, params, grad, act, delta, targets, sparseStart, sparseIndex };
}
