import { expect } from 'vitest';
import { UsageError } from '../../scripts/app/usage-error.js';

/**
 * Bad input, checked where it is detected, in this process: `run` throws a UsageError whose message
 * matches and is one line, which is what a command prints on stderr before it exits with code 2
 * (scripts/app/usage-error.ts; test/scripts/bad-input-exit.test.ts checks that part once per command).
 */
export function expectUsageError(run: () => unknown, message: RegExp | string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expectUsageErrorIs(thrown, message);
}

/** The same for work that fails asynchronously: the promise rejects with a one-line UsageError. */
export async function expectUsageRejection(work: Promise<unknown>, message: RegExp | string): Promise<void> {
  let thrown: unknown;
  try {
    await work;
  } catch (error) {
    thrown = error;
  }
  expectUsageErrorIs(thrown, message);
}

function expectUsageErrorIs(thrown: unknown, message: RegExp | string): void {
  expect(thrown, 'a UsageError').toBeInstanceOf(UsageError);
  const text = (thrown as UsageError).message;
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(text).not.toContain('\n');
}
