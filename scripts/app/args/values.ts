import { UsageError } from '../usage-error.js';

// Rules for flag values that more than one command reads, kept in one place so that the same value
// means the same thing, or is refused with the same words, in every command. Counts are parsed by
// parseCount (counts.ts).

/**
 * A comma-separated list of ids, from one flag given once or several times (`--only a,b --only c`).
 * Blanks around and between ids are dropped; a list that is given but names nothing, or names an id
 * twice, is a UsageError (`known`, when given, is listed in the first message).
 */
export function parseList(flag: string, raw: string | readonly string[], noun: string, known?: readonly string[]): string[] {
  const ids = (typeof raw === 'string' ? [raw] : raw).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError(`${flag} needs at least one ${noun}${known ? ` (known: ${known.join(', ')})` : ''}`);
  const twice = ids.find((id, k) => ids.indexOf(id) !== k);
  if (twice !== undefined) throw new UsageError(`${flag} lists "${twice}" twice`);
  return ids;
}

/** A file or folder name that must not be blank: `--out ' '` would otherwise write to the current folder. */
export function parseName(flag: string, raw: string, what: string): string {
  if (raw.trim() === '') throw new UsageError(`${flag} needs ${what}`);
  return raw;
}
