import { afterEach, describe, expect, it } from 'vitest';
import { runCommand, UsageError } from '../../scripts/app/usage-error.js';
import { capturingOutput } from '../helpers/capture-output.js';

// The last guard of the contract "bad input is one line on stderr, exit 2": a message that reaches
// runCommand with a line break in it (a library's text, say) is still printed as one line.

afterEach(() => {
  process.exitCode = undefined;
});

describe('runCommand', () => {
  it('prints a UsageError as one line, exit code 2', async () => {
    const { stderr } = await capturingOutput(() => runCommand('demo', async () => {
      throw new UsageError('--config a.json: not valid JSON:\n  "{ adam:"\n  ^');
    }));
    expect(process.exitCode).toBe(2);
    expect(stderr).toBe('demo: --config a.json: not valid JSON: "{ adam:" ^ (see --help)\n');
  });
});
