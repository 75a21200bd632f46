// custom-elements.json lists modules in the order the file system gives them, which differs from one
// checkout to another: sorted by path, the manifest is the same wherever it is built (CI compares it).
//
// The analyser writes a default given by a constant as the constant's name (`DEFAULT_PAGE_SIZE` for
// `pageSize = DEFAULT_PAGE_SIZE`), for attributes always and for properties when the constant is in
// another module: an editor's hover or a component catalogue showed that name. Such defaults are
// replaced by the constant's value, which the manifest holds, and an attribute without a default
// takes its property's.
//
// An attribute holds text, but the analyser gives it its property's type: `answers` was typed
// `Answers`, with the default `{}`, where the attribute is JSON text and absent by default. An
// attribute's type keeps what text can say (strings, numbers, booleans and their literals); a type
// only a property can take (an object) becomes `string`, and a default that is no such value goes.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const constants = new Map();
for (const { kind, name, default: value } of declarations) {
  if (kind === 'variable' && /^[A-Z][A-Z0-9_]*$/.test(name) && value !== undefined) constants.set(name, value);
}
const TEXT_TYPE = /^(string|number|boolean|undefined|'[^']*'|-?\d+(\.\d+)?)$/;
const textType = (type) => [...new Set(type.split(' | ').map((member) => (TEXT_TYPE.test(member) ? member : 'string')))].join(' | ');
const resolved = (value) => (constants.has(value) ? constants.get(value) : value);
for (const declaration of declarations) {
  for (const member of declaration.members ?? []) if (member.default !== undefined) member.default = resolved(member.default);
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((member) => member.name === attribute.fieldName && !member.static);
    const value = resolved(attribute.default ?? field?.default);
    if (attribute.type) attribute.type.text = textType(attribute.type.text);
    if (value !== undefined && !/^[{[]/.test(value)) attribute.default = value;
    else delete attribute.default;
  }
}
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
