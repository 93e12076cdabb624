import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, readJsonFile } from '../../scripts/app/args/json-file.js';
import { fileWriter, scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// A JSON file a flag names (compare --config, measure-weights --params). JSON.parse's message may
// quote the file's text over several lines; a bad file is one line naming the file and where.

const dir = scratchFolders('json-file-')();
const file = fileWriter(() => dir);

describe('readJsonFile', () => {
  it('reads a JSON file', () => {
    expect(readJsonFile('--config', file('ok.json', '{"adam": {"beta1": 0.5}}\n'))).toEqual({ adam: { beta1: 0.5 } });
  });

  it('says where the text stops being JSON, by line and column, without quoting it', () => {
    const path = file('token.json', '{\n  "adam": {\n    "beta1": secret\n  }\n}\n');
    expectUsageError(() => readJsonFile('--config', path), `--config ${path}: not valid JSON: expected a value, found 's' at line 3, column 14`);
    try {
      readJsonFile('--config', path);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/secret|adam/);
    }
  });

  it.each([
    ['an empty file', '  \n', 'the file is empty'],
    ['an unquoted name', '{ adam: 1 }', "expected a property name in double quotes, found 'a' at line 1, column 3"],
    ['a missing comma', '[1 2]', "expected ',' or ']', found '2' at line 1, column 4"],
    ['a trailing comma', '{"a": 1,}', "expected a property name in double quotes, found '}' at line 1, column 9"],
    ['a cut-off file', '[1, 2', "unexpected end of the file, expected ',' or ']' at line 1, column 6"],
    ['a line break inside a string', '["a\nb"]', 'a control character (such as a line break) inside a string at line 1, column 4'],
    ['text after the value', '{}\n{}', "expected nothing more after the value, found '{' at line 2, column 1"],
    ['a number with a leading zero', '[01]', "expected ',' or ']', found '1' at line 1, column 3"],
  ])('%s', (_, text, message) => {
    const path = file('bad.json', text);
    expectUsageError(() => readJsonFile('--params', path), `--params ${path}: not valid JSON: ${message}`);
  });

  it('says in words why a file cannot be read', () => {
    expectUsageError(() => readJsonFile('--params', join(dir, 'missing.json')), /^--params .*missing\.json: cannot read it: no such file \(ENOENT\)$/);
    expectUsageError(() => readJsonFile('--params', dir), /cannot read it: it is a folder \(EISDIR\)$/);
  });
});

describe('jsonSyntaxError', () => {
  it('finds an error exactly where JSON.parse finds one, on many small texts', () => {
    // A fixed pseudo-random walk over JSON's characters, so the texts are the same on every run.
    const alphabet = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"', '"a"', '1', '-', '0', '.5', 'e3', 'true', 'nul', 'null', '\\n', '\\u00e9', '\\x', 'x'];
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => alphabet[next() % alphabet.length]).join('');
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonSyntaxError(text) === null, JSON.stringify(text)).toBe(valid);
    }
  });
});
