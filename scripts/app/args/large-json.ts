// JSON too large for one JavaScript string (about 512 MB, V8's limit) cannot go through JSON.parse
// whole. It is parsed from its bytes instead: a value small enough is handed to JSON.parse, and a
// larger one, which can only be an object or an array, is cut at its top-level commas into its
// members, each parsed the same way (a string or number is always parsed whole). The cuts are found by a scan that knows only strings and
// brackets; JSON.parse still does all the parsing, so the result is what JSON.parse would give.

/** Where the bytes stop being JSON. */
export class LargeJsonError extends Error {
  constructor(
    readonly at: number,
    reason: string,
  ) {
    super(`${reason} near byte ${at}`);
  }
}

const [SPACE, TAB, LF, CR] = [0x20, 0x09, 0x0a, 0x0d];
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];

const isSpace = (b: number) => b === SPACE || b === TAB || b === LF || b === CR;

/** The index after the value that starts at `i` (not checked beyond its strings and brackets). */
function valueEnd(bytes: Uint8Array, i: number, end: number): number {
  let depth = 0;
  for (; i < end; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      for (i++; i < end && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
      if (depth === 0) return i + 1;
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (depth === 0) return i; // a scalar ends at its container's closer
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (b === COMMA || isSpace(b))) return i;
  }
  return end;
}

/** Parses bytes[start, end) as JSON; a value longer than `limit` bytes is split as described above. */
export function parseLargeJson(bytes: Uint8Array, limit: number, start = 0, end = bytes.length): unknown {
  while (start < end && isSpace(bytes[start]!)) start++;
  while (end > start && isSpace(bytes[end - 1]!)) end--;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parse = (from: number, to: number): unknown => {
    const open = bytes[from];
    // A string or number is parsed whole however long: only objects and arrays can be cut.
    if (to - from <= limit || (open !== OPEN_OBJECT && open !== OPEN_ARRAY)) {
      try {
        return JSON.parse(text.toString('utf8', from, to));
      } catch (error) {
        throw new LargeJsonError(from, (error as Error).message.split('\n')[0]!.replace(/, ".*$|, \.\.\..*$/, ''));
      }
    }
    const closer = open === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
    if (bytes[to - 1] !== closer) throw new LargeJsonError(to - 1, `expected '${String.fromCharCode(closer)}' at the end`);
    const object: Record<string, unknown> = {};
    const array: unknown[] = [];
    let i = from + 1;
    const skip = () => {
      while (i < to - 1 && isSpace(bytes[i]!)) i++;
    };
    skip();
    while (i < to - 1) {
      let key: string | null = null;
      if (open === OPEN_OBJECT) {
        if (bytes[i] !== QUOTE) throw new LargeJsonError(i, 'expected a property name in double quotes');
        const keyEnd = valueEnd(bytes, i, to - 1);
        key = parse(i, keyEnd) as string;
        i = keyEnd;
        skip();
        if (bytes[i] !== COLON) throw new LargeJsonError(i, "expected ':'");
        i++;
        skip();
      }
      const memberEnd = valueEnd(bytes, i, to - 1);
      if (memberEnd === i) throw new LargeJsonError(i, 'expected a value');
      const value = parse(i, memberEnd);
      // As JSON.parse does: a "__proto__" member is an own property, never the prototype.
      if (key === null) array.push(value);
      else Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      i = memberEnd;
      skip();
      if (i < to - 1) {
        if (bytes[i] !== COMMA) throw new LargeJsonError(i, `expected ',' or '${String.fromCharCode(closer)}'`);
        i++;
        skip();
        if (i >= to - 1) throw new LargeJsonError(i, 'expected a value after the comma');
      }
    }
    return open === OPEN_OBJECT ? object : array;
  };
  if (start === end) throw new LargeJsonError(start, 'the file is empty');
  return parse(start, end);
}
