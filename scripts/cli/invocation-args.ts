import type { Invocation } from '../../reports/types.js';

/**
 * The `reproduce` flags that make the runs a report records: experiments, seeds, settings, shard
 * and sweeps. Worker count is left out, since the runs do not depend on it.
 */
export function argsOfInvocation(inv: Invocation): string[] {
  return [
    ...(inv.only.length > 0 ? ['--only', inv.only.join(',')] : []),
    ...(inv.seeds !== null ? ['--seeds', String(inv.seeds)] : []),
    ...inv.sets.flatMap((s) => ['--set', s]),
    ...(inv.shard ? ['--shard', `${inv.shard.index}/${inv.shard.count}`] : []),
    ...(inv.sweeps ?? []).flatMap((s) => ['--sweep', s]),
  ];
}
