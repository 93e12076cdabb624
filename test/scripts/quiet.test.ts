import { describe, expect, it } from 'vitest';
import { checkHelp, parseCheckArgs } from '../../scripts/app/args/check-args.js';
import { compareHelp, parseCompareArgs } from '../../scripts/app/args/compare-args.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { reproduceHelp } from '../../scripts/app/args/reproduce-help.js';
import { rerun } from '../../scripts/app/check.js';
import { runComparison } from '../../scripts/app/compare.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { expectUsageError } from '../helpers/usage-error.js';

// --quiet, for every command that trains seeds: read by its flags, listed in its --help, and passed
// on to the progress of the run it starts.

describe('--quiet is a flag of reproduce, compare and check', () => {
  const commands: Array<[string, (argv: string[]) => { quiet: boolean }, string[], () => string]> = [
    ['reproduce', parseReproduceArgs, ['--only', 'symmetry'], reproduceHelp],
    ['compare', parseCompareArgs, [], compareHelp],
    ['check', parseCheckArgs, ['--baseline', 'report.json'], checkHelp],
  ];
  for (const [command, parse, needed, help] of commands) {
    it(`${command}: --quiet or -q, off by default, taking no value, and in --help`, () => {
      expect(parse([...needed, '--quiet']).quiet).toBe(true);
      expect(parse([...needed, '-q']).quiet).toBe(true);
      expect(parse(needed).quiet).toBe(false);
      expectUsageError(() => parse([...needed, '--quiet=yes']), /Option '(-q, )?--quiet' does not take an argument/);
      expect(help()).toMatch(/^ {2}-q, --quiet +no progress on stderr/m);
      expect(help()).toMatch(/^Progress goes to stderr/m);
    });
  }
});

/**
 * Runs `work` with stderr taken for a terminal and both streams caught. On a terminal the bar is
 * drawn as soon as an experiment starts, so stderr shows at once whether --quiet reached it, with
 * no need for a run long enough to print a line in a log.
 */
async function onTerminal<T>(work: () => Promise<T>) {
  const own = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
  try {
    return await capturingOutput(work);
  } finally {
    if (own) Object.defineProperty(process.stderr, 'isTTY', own);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  }
}

describe('--quiet reaches the progress of the run', () => {
  const small = ['--only', 'symmetry', '--seeds', '2', '--set', 'symmetry.sweepBudget=20', '--workers', '1'];

  it('reproduce and check: no bar, the finish line still on stdout', async () => {
    const shown = await onTerminal(() => reproduce(parseReproduceArgs(small)));
    expect(shown.stderr).toMatch(/^\rsymmetry \[/);
    const quiet = await onTerminal(() => reproduce(parseReproduceArgs([...small, '--quiet'])));
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^symmetry: 2 seeds in /m);
    const checked = await onTerminal(() => rerun(quiet.result, 1, true));
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toMatch(/^symmetry: 2 seeds in /m);
  });

  it('compare: no bar, the finish lines still on stdout', async () => {
    const args = ['--variants', 'paper', '--seeds', '2', '--set', 'symmetry.sweepBudget=20', '--workers', '1'];
    const shown = await onTerminal(() => runComparison(parseCompareArgs(args)));
    expect(shown.stderr).toMatch(/^\rsymmetry\/paper \[/);
    const quiet = await onTerminal(() => runComparison(parseCompareArgs([...args, '-q'])));
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(quiet.stdout.replace(/\r|\x1b/g, ''));
    expect(quiet.stdout).toMatch(/^symmetry\/paper: 2 seeds in /m);
  });
});
