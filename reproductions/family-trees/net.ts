import type { NetSpec } from '../../engine/index.js';

/** Nature Fig. 3: 24 people and 12 relations in, 6 + 6 code units, 12 central units, 6 units, 24 people out. */
export function familyTreesNet(biases = true): NetSpec {
  const bias = (name: string) => (biases ? { bias: `${name}Bias` } : {});
  return {
    groups: [
      { name: 'person', size: 24, kind: 'input' },
      { name: 'relation', size: 12, kind: 'input' },
      { name: 'personCode', size: 6, kind: 'hidden', ...bias('personCode') },
      { name: 'relationCode', size: 6, kind: 'hidden', ...bias('relationCode') },
      { name: 'central', size: 12, kind: 'hidden', ...bias('central') },
      { name: 'outputCode', size: 6, kind: 'hidden', ...bias('outputCode') },
      { name: 'output', size: 24, kind: 'output', ...bias('output') },
    ],
    projections: [
      { from: 'person', to: 'personCode', block: 'personToCode' },
      { from: 'relation', to: 'relationCode', block: 'relationToCode' },
      { from: 'personCode', to: 'central', block: 'personCodeToCentral' },
      { from: 'relationCode', to: 'central', block: 'relationCodeToCentral' },
      { from: 'central', to: 'outputCode', block: 'centralToOutputCode' },
      { from: 'outputCode', to: 'output', block: 'outputCodeToOutput' },
    ],
  };
}
