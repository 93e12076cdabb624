import { ConfigError } from './config-error.js';
import type { Net } from './net.js';
import type { PackedPatterns } from './patterns.js';
import { configFields, show } from './validate-config.js';

/**
 * The buffers handed to a trainer belong to the net: parameters of the net's layout, patterns
 * packed for its groups. A mismatch would otherwise read past a block or leave units unset.
 */
export function checkTrainingInputs(net: Net, params: unknown, patterns: PackedPatterns, where: string): void {
  if (!(params instanceof Float64Array) || params.length !== net.parameterCount) {
    const got = params instanceof Float64Array ? `${params.length} values` : show(params);
    throw new ConfigError(`${where}: params must be a Float64Array of the net's ${net.parameterCount} parameters, got ${got}`);
  }
  const f = configFields;
  const count = f.whole(f.object(patterns, `${where}: patterns`).count, `${where}: patterns.count`, 1);
  for (const g of net.groups) {
    if (g.kind === 'hidden') continue;
    const packed = (g.kind === 'input' ? patterns.inputs : patterns.targets)[g.index];
    if (packed?.length !== g.size * count) {
      const got = packed === undefined ? 'none' : `${packed.length}`;
      throw new ConfigError(`${where}: patterns of group "${g.name}" must hold ${g.size * count} values (packPatterns for this net), got ${got}`);
    }
  }
}
