import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { experiments, findExperiment } from '../../../reproductions/registry.js';
import { seedPool } from '../pool/seed-pool.js';
import { runExperiment } from '../run-experiment.js';
import { UsageError } from '../usage-error.js';

// A developer's benchmark, not part of `npm test`: how much faster the seeds of one experiment
// train with --workers n (n worker threads; this one trains until they start) than in-process. Every
// measurement runs in a fresh Node process, so both sides start cold, as `reproduce` does: the
// pool's time includes bundling the workers' code and starting them. The two sides must give the same `experiments`
// bytes (checked by digest) before any time is reported. Other work on the machine makes the
// numbers noisy: each side runs --repeats times, alternating, and each measurement prints how many
// cores it got on average (CPU time over wall time), so a pool squeezed onto one core shows as such.

const USAGE = 'usage: npx tsx scripts/bench-workers.ts [--experiment symmetry] [--seeds 40] [--workers 2] [--repeats 5]';

interface Measurement {
  seconds: number;
  /** CPU time of the whole process, worker threads included. */
  cpuSeconds: number;
  /** Seeds the worker threads trained (the rest trained in the main thread). */
  onWorkers: number;
  digest: string;
}

/** One cold measurement in this process: trains the seeds with `workers` threads (1: in-process). */
async function measure(experimentId: string, seeds: number, workers: number): Promise<Measurement> {
  const experiment = findExperiment(experimentId);
  if (!experiment) throw new Error(`unknown experiment "${experimentId}"`);
  const { config, deviations } = resolveSettings(experiment.settings, []);
  const list = Array.from({ length: seeds }, (_, k) => k + 1);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pool = workers > 1 ? seedPool(workers) : null;
  const result = await runExperiment(experiment, config, deviations, list, {}, pool?.run);
  const onWorkers = pool?.trained().onWorkers ?? 0;
  await pool?.close();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, onWorkers, digest: createHash('sha256').update(JSON.stringify(result)).digest('hex') };
}

function measureInChild(entry: string, experimentId: string, seeds: number, workers: number): Measurement {
  const args = ['--import', 'tsx', entry, '--measure', '--experiment', experimentId, '--seeds', String(seeds), '--workers', String(workers)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`measurement failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The developer's benchmark of the seed pool; `entry` is the script that measures one side in a child process. */
export async function benchWorkers(argv: string[], entry: string): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        experiment: { type: 'string', default: experiments[0]!.id },
        seeds: { type: 'string', default: '40' },
        workers: { type: 'string', default: '2' },
        repeats: { type: 'string', default: '5' },
        // internal: one measurement in this process, printed as JSON for the parent
        measure: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nTimes the seeds of one experiment in-process against --workers n, each side in a fresh process.\n`);
    return 0;
  }
  const [seeds, workers, repeats] = [Number(values.seeds), Number(values.workers), Number(values.repeats)];
  if (![seeds, workers, repeats].every((n) => Number.isInteger(n) && n >= 1)) throw new UsageError(`--seeds, --workers and --repeats must be whole numbers ≥ 1; ${USAGE}`);
  if (!findExperiment(values.experiment)) throw new UsageError(`unknown experiment "${values.experiment}"`);
  if (values.measure) {
    process.stdout.write(JSON.stringify(await measure(values.experiment, seeds, workers)));
    return 0;
  }
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`${values.experiment}, ${seeds} seeds: in-process vs ${workers} workers, ${repeats} repeats each; load average before: ${load()}`);
  const single: number[] = [];
  const pooled: number[] = [];
  const digests = new Set<string>();
  for (let r = 0; r < repeats; r++) {
    // Alternate which side goes first, so a change in the machine's load hits both alike.
    const order = r % 2 === 0 ? [1, workers] : [workers, 1];
    for (const w of order) {
      const m = measureInChild(entry, values.experiment, seeds, w);
      (w === 1 ? single : pooled).push(m.seconds);
      digests.add(m.digest);
      const side = w === 1 ? 'in-process' : `${workers} workers`;
      const split = w === 1 ? '' : `; ${seeds - m.onWorkers} seeds in the main thread, ${m.onWorkers} on workers`;
      console.log(`  repeat ${r + 1}: ${side.padEnd(10)} ${m.seconds.toFixed(3)} s, ${(m.cpuSeconds / m.seconds).toFixed(2)} cores on average${split}`);
    }
  }
  if (digests.size !== 1) throw new Error(`the runs differ between in-process and pooled training (${digests.size} digests)`);
  console.log(`same experiments bytes on every run (sha256 ${[...digests][0]!.slice(0, 12)})`);
  console.log(`median: in-process ${median(single).toFixed(3)} s, ${workers} workers ${median(pooled).toFixed(3)} s; speed-up ${(median(single) / median(pooled)).toFixed(2)}×`);
  console.log(`best:   in-process ${Math.min(...single).toFixed(3)} s, ${workers} workers ${Math.min(...pooled).toFixed(3)} s; speed-up ${(Math.min(...single) / Math.min(...pooled)).toFixed(2)}×`);
  console.log(`load average after: ${load()}`);
  return 0;
}

