import { createHash } from 'node:crypto';

/** SHA-256 of the parameters as little-endian float64 bytes: equal digests mean equal bits. */
export function parametersDigest(params: Float64Array): string {
  const view = new DataView(new ArrayBuffer(params.length * 8));
  params.forEach((v, k) => view.setFloat64(k * 8, v, true));
  return createHash('sha256').update(new Uint8Array(view.buffer)).digest('hex');
}

/** SHA-256 of any JSON-serialisable value, for dataset digests. */
export function jsonDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
