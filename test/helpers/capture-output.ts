import { vi } from 'vitest';

/**
 * Runs `work` with this process's stdout and stderr caught instead of printed, as a command's
 * output would be: the application layer prints its progress there.
 */
export async function capturingOutput<T>(work: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const caught = { stdout: '', stderr: '' };
  const spies = (['stdout', 'stderr'] as const).map((stream) =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      caught[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      return true;
    }),
  );
  try {
    const result = await work();
    return { result, ...caught };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
