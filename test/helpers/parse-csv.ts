/**
 * Reads CSV text as RFC 4180 defines it (quoted fields may hold commas, doubled quotes and line
 * breaks; records end in "\n" or "\r\n"): the records as arrays of fields, quotes removed. Written
 * independently of reports/csv.ts, so a test can read the suite's CSV back as a reader would.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with a line break');
  return records;
}

/** The records after the header as objects keyed by the header's names. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new Error('CSV has no header');
  for (const r of records) if (r.length !== header.length) throw new Error(`a record has ${r.length} fields, the header ${header.length}`);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((name, k) => [name, r[k]!]))) };
}
