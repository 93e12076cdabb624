import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kernelBytes } from '../../engine/wasm/kernel-module.js';
import { assembleKernels, BINARY_MODULE, binaryModuleText } from '../../scripts/build-kernels.js';

// The engine carries its WebAssembly as base64 in engine/wasm/kernels-binary.ts, built from the
// .wat sources by `npm run build-kernels`. A source edited without a rebuild fails here.

describe('the committed WebAssembly kernels', () => {
  it('are what the .wat sources assemble to', async () => {
    const bytes = await assembleKernels();
    expect(readFileSync(BINARY_MODULE, 'utf8')).toBe(binaryModuleText(bytes));
    expect(Buffer.from(kernelBytes()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a changed source gives other bytes (the comparison above can fail)', async () => {
    const text = binaryModuleText(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    expect(text).not.toBe(readFileSync(BINARY_MODULE, 'utf8'));
  });
});
