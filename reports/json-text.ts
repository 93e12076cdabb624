// JSON text written piece by piece, with the exact bytes of JSON.stringify(value, null, 2), so that
// a report of any allowed size can be written: one string of the whole report would exceed what a
// JavaScript string can hold (about 512 MB) near 16,000 family-tree seeds. Objects and arrays are
// opened down to `depth` levels (report → experiments → experiment → runs → run); below that each
// value is one JSON.stringify call, indented to its place.

/** Appends a piece of text to the output. */
export type Write = (chunk: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What JSON.stringify leaves out of an object: undefined, functions and symbols. */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function leaf(value: unknown, indent: string): string {
  // A string value holds no raw newline (JSON escapes it), so every newline is layout.
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}

export function writeJson(value: unknown, write: Write, depth = 4, indent = ''): void {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    write('[\n');
    value.forEach((item, k) => {
      write(inner);
      // In an array, JSON.stringify writes null for what it would leave out of an object.
      writeJson(omitted(item) ? null : item, write, depth - 1, inner);
      write(k < value.length - 1 ? ',\n' : '\n');
    });
    write(`${indent}]`);
    return;
  }
  if (depth > 0 && isObject(value) && typeof value.toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => !omitted(v));
    if (entries.length > 0) {
      write('{\n');
      entries.forEach(([key, v], k) => {
        write(`${inner}${JSON.stringify(key)}: `);
        writeJson(v, write, depth - 1, inner);
        write(k < entries.length - 1 ? ',\n' : '\n');
      });
      write(`${indent}}`);
      return;
    }
  }
  write(leaf(value, indent));
}
