import { constants } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { LargeJsonError, parseLargeJson } from './large-json.js';

// A JSON file a flag names (compare --config, measure-weights --params). JSON.parse's message may
// quote the text itself, line breaks and all (Node 20: `Unexpected token 's', ..."a": secret\n}"
// is not valid JSON`), and says where only sometimes. A file that is not JSON is instead one line
// naming the file and the line and column of the first error, found by a small scanner of JSON's
// grammar (RFC 8259) that runs only once JSON.parse has failed, so that a valid file costs nothing.

const READ_CAUSES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

/** The parsed content of `path`, or a one-line UsageError naming `flag`, the file and what is wrong. */
export function readJsonFile(flag: string, path: string): unknown {
  return readJson(`${flag} ${path}`, path);
}

/**
 * The same, for a file no flag names: `label` starts the message (e.g. the quoted path). A file of
 * more than `wholeUpTo` bytes (by default the most one string can hold) is parsed in parts.
 */
export function readJson(label: string, path: string, wholeUpTo: number = constants.MAX_STRING_LENGTH): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = code === undefined ? (error as Error).message.split('\n')[0] : READ_CAUSES[code] ? `${READ_CAUSES[code]} (${code})` : code;
    throw new UsageError(`${label}: cannot read it: ${cause}`);
  }
  if (bytes.length > wholeUpTo) {
    try {
      return parseLargeJson(bytes, wholeUpTo);
    } catch (error) {
      if (error instanceof LargeJsonError) throw new UsageError(`${label}: not valid JSON: ${error.message}`);
      throw error;
    }
  }
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: not valid JSON: ${whereNotJson(text, error as Error)}`);
  }
}

function whereNotJson(text: string, error: Error): string {
  if (text.trim() === '') return 'the file is empty';
  const found = jsonSyntaxError(text);
  // Only if this scanner and V8 ever disagree: V8's first line, cut before any quoted text.
  if (found === null) return error.message.split('\n')[0]!.replace(/, ".*$|, \.\.\..*$/, '');
  const before = text.slice(0, found.at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${found.reason} at line ${line}, column ${column}`;
}

export interface JsonSyntaxError {
  /** Index in the text (UTF-16 code units) where the text stops being JSON. */
  at: number;
  reason: string;
}

/** One character for a message: itself if it is visible ASCII, else its code point. */
const shown = (text: string, at: number) => {
  const code = text.codePointAt(at)!;
  return code > 0x20 && code < 0x7f ? `'${text[at]}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The first place where `text` is not JSON, and why, or null when it is JSON. Iterative, with an
 * explicit stack of open brackets, so that deep nesting cannot overflow the call stack.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const closers: string[] = []; // the bracket each open object or array waits for, innermost last
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expected = (what: string): JsonSyntaxError => ({
    at: i,
    reason: i >= text.length ? `unexpected end of the file, expected ${what}` : `expected ${what}, found ${shown(text, i)}`,
  });
  const string = (): JsonSyntaxError | null => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) return { at: i, reason: 'unexpected end of the file inside a string' };
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return { at: i, reason: 'a control character (such as a line break) inside a string' };
      if (c !== 0x5c) i++;
      else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (text[i + 1] !== undefined && '"\\/bfnrt'.includes(text[i + 1]!)) i += 2;
      else return { at: i, reason: 'a bad escape (\\) inside a string' };
    }
  };
  const member = (): JsonSyntaxError | null => {
    skipSpace();
    if (text[i] !== '"') return expected('a property name in double quotes');
    const bad = string();
    if (bad) return bad;
    skipSpace();
    if (text[i] !== ':') return expected("':'");
    i++;
    return null;
  };
  const scalar = (): JsonSyntaxError | null => {
    if (text[i] === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal === undefined) return expected('a value');
    i += literal.length;
    return null;
  };

  for (;;) {
    // Here a value must start.
    skipSpace();
    const open = text[i];
    if (open === '{' || open === '[') {
      i++;
      skipSpace();
      const closer = open === '{' ? '}' : ']';
      if (text[i] !== closer) {
        closers.push(closer);
        const bad = closer === '}' ? member() : null;
        if (bad) return bad;
        continue;
      }
      i++; // an empty object or array is a whole value
    } else {
      const bad = scalar();
      if (bad) return bad;
    }
    // A value has ended: close what it ends, then a comma leads to the next value.
    for (;;) {
      skipSpace();
      const closer = closers.at(-1);
      if (closer === undefined) return i < text.length ? expected('nothing more after the value') : null;
      if (text[i] === closer) {
        closers.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return expected(`',' or '${closer}'`);
      i++;
      const bad = closer === '}' ? member() : null;
      if (bad) return bad;
      break;
    }
  }
}
