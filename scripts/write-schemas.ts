import { writeFileSync } from 'node:fs';
import { publishedSchemas, schemaFileText } from '../reports/contract/index.js';

// `npm run schemas`: writes the published JSON Schemas (reports/schema.json,
// reports/comparison-schema.json) from the contract's shapes. Run it after changing a shape;
// test/reports/contract-schemas.test.ts fails while a committed file differs from what this writes.

for (const { file, document } of publishedSchemas()) {
  const path = new URL(`../reports/${file}`, import.meta.url);
  writeFileSync(path, schemaFileText(document));
  process.stdout.write(`wrote reports/${file}\n`);
}
