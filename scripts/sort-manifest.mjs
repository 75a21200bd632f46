// custom-elements.json lists modules in the order the file system gives them, which differs from one
// checkout to another: sorted by path, the manifest is the same wherever it is built (CI compares it).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
