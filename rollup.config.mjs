import { readFileSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import { createHash } from 'node:crypto';

// One self-contained, minified ES module: the embed snippet loads this file and nothing else.
/**
 * Terser leaves the text of template literals alone, so the indentation of Lit's html`` and css``
 * templates would ship as is. Its output is one line: any line break left is inside a template
 * literal, where a break and its indentation mean no more than one space in HTML and CSS.
 */
const collapseTemplateWhitespace = {
  name: 'collapse-template-whitespace',
  renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' '), map: null }),
};

/**
 * Chromium (136 on) compiles every function of a script that begins with this comment while it
 * streams the file in, off the main thread. Without it, each function is compiled on the main
 * thread at its first call, and nearly all of them are first called to draw the first results: in
 * a trace of a visitor's first page, 189 functions and most of that frame's script time. Other
 * browsers read it as a comment. It goes on once the text is final (after the line breaks are
 * collapsed), as the file's first line.
 */
const compileOnLoad = {
  name: 'compile-on-load',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
};

/**
 * Lit's css`` is shipped as written, comments and indentation included. The styles module holds
 * one such template, with no expressions: its text is minified here, once TypeScript has emitted it.
 * Only what CSS ignores goes: comments, and white space at a line's ends and after `{`, `}`, `;`,
 * `,` and `:` (never before a `:`, which would join a descendant combinator to a pseudo-class),
 * before `!important`, and around a `/` or `*` between a `)` and a number, as in `calc(var(--_space) / 2)`
 * (a `+` or `-` in `calc()` needs its spaces). A number's leading zero goes too (`0.5em` is
 * `.5em`), and `#ffffff` is written `#fff`.
 */
const minifyCssTemplates = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('/src/styles.ts')) return null;
    const minified = code.replace(/css\s*`([^`$]*)`/g, (_, text) => {
      const css = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .replace(/ !important/g, '!important')
        .replace(/\) ([/*]) (?=\.?\d)/g, ')$1')
        .replace(/(?<![\w.-])0\.(?=\d)/g, '.')
        .replace(/#ffffff\b/gi, '#fff')
        .trim();
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
  },
};

/**
 * MiniSearch is one class: a bundler cannot leave out the methods the finder never calls (removing,
 * replacing and vacuuming documents, auto-suggest, wildcard queries, stored fields, saving and
 * loading an index), a third of its size. They are cut out of its pinned version here, by name, with
 * the methods of its radix tree (SearchableMap) that only those used; the build fails if one is not
 * found where expected, or if what stays still calls one.
 */
const UNUSED_MINISEARCH_METHODS = [
  'addAll',
  'addAllAsync',
  'remove',
  'removeAll',
  'discard',
  'maybeAutoVacuum',
  'discardAll',
  'replace',
  'vacuum',
  'conditionalVacuum',
  'performVacuuming',
  'vacuumConditionsMet',
  'isVacuuming',
  'dirtCount',
  'dirtFactor',
  'has',
  'getStoredFields',
  'autoSuggest',
  'documentCount',
  'termCount',
  'loadJSON',
  'loadJSONAsync',
  'getDefault',
  'loadJS',
  'loadJSAsync',
  'instantiateMiniSearch',
  'executeWildcardQuery',
  'toJSON',
  'removeTerm',
  'warnDocumentChanged',
  'removeFieldLength',
  'saveStoredFields',
];
/** The index's own methods that only the cut ones call: the index is filled by `fetch`, read by `get`, `atPrefix`, `fuzzyGet` and iteration. */
const UNUSED_SEARCHABLE_MAP_METHODS = [
  'clear',
  'delete',
  'forEach',
  'has',
  'keys',
  'set',
  'size',
  'update',
  'values',
  'from',
  'fromObject',
];
/**
 * Where what stays still reached for what is cut: each text must be found as many times as said
 * (once unless a third item says). A wildcard query and stored fields are never asked for (so a
 * search's result gets no stored fields, and a document's boost none to read); no document is ever
 * discarded, so every indexed id is still there; vacuuming, auto-suggest, the logger (which warned of
 * a changed document on its removal) and the index's cached size served cut methods only; an index
 * iterator only gives entries once keys() and values() are gone. Queries combine their words with
 * OR only (the default, and the finder's one explicit `combineWith`): AND and AND_NOT are gone, and
 * the build fails if src/core/search.ts asks for another (see SEARCH_RESULT_FIELDS).
 */
const MINISEARCH_EDITS = [
  [
    '        const autoVacuum = (options.autoVacuum == null || options.autoVacuum === true) ? defaultAutoVacuumOptions : options.autoVacuum;\n',
    '',
  ],
  ['            autoVacuum,\n', ''],
  [',\n            autoSuggestOptions: { ...defaultAutoSuggestOptions, ...(options.autoSuggestOptions || {}) }\n', '\n'],
  [
    '        this._dirtCount = 0;\n        this._currentVacuum = null;\n        this._enqueuedVacuum = null;\n        this._enqueuedVacuumConditions = defaultVacuumConditions;\n',
    '',
  ],
  ['        this.saveStoredFields(shortDocumentId, document);\n', ''],
  [
    '        if (query === MiniSearch.wildcard && searchOptionsWithDefaults.boostDocument == null) {\n            return results;\n        }\n',
    '',
  ],
  ['        if (query === MiniSearch.wildcard) {\n            return this.executeWildcardQuery(searchOptions);\n        }\n', ''],
  [
    '                if (!this._documentIds.has(docId)) {\n                    this.removeTerm(fieldId, docId, derivedTerm);\n                    matchingFields -= 1;\n                    continue;\n                }\n',
    '',
  ],
  ["MiniSearch.wildcard = Symbol('*');\n", ''],
  [/\n {4}logger: \(level, message\) => \{\n[^\n]*\n[^\n]*\n {4}\},\n {4}autoVacuum: true\n/, '\n'],
  [
    '        switch (this._type) {\n            case VALUES: return this.value();\n            case KEYS: return this.key();\n            default: return [this.key(), this.value()];\n        }\n',
    '        return [this.key(), this.value()];\n',
  ],
  ['        this._type = type;\n', ''],
  ['        this._size = undefined;\n', '', 2],
  ['        this._storedFields = new Map();\n', ''],
  ['            Object.assign(result, this._storedFields.get(docId));\n', ''],
  ['    storeFields: [],\n', ''],
  [/ {4}\[AND\]: \(a, b\) => \{\n[\s\S]*?\n {4}\[AND_NOT\]: \(a, b\) => \{\n[\s\S]*?\n {4}\}\n(?=\};\n)/, ''],
  // What a result says beyond its id and score (which document terms matched, in which fields: `match`,
  // `terms`, `queryTerms`) is never read (src/core/search.ts may not, see SEARCH_RESULT_FIELDS): it is
  // not gathered. The score still counts the query terms matched, as before.
  [
    '        for (const [docId, { score, terms, match }] of rawResults) {\n',
    '        for (const [docId, { score, terms }] of rawResults) {\n',
  ],
  [
    '                score: score * quality,\n                terms: Object.keys(match),\n                queryTerms: terms,\n                match\n',
    '                score: score * quality\n',
  ],
  [
    '                    const match = getOwnProperty(result.match, derivedTerm);\n                    if (match) {\n                        match.push(field);\n                    }\n                    else {\n                        result.match[derivedTerm] = [field];\n                    }\n',
    '',
  ],
  [
    '                        terms: [sourceTerm],\n                        match: { [derivedTerm]: [field] }\n',
    '                        terms: [sourceTerm]\n',
  ],
  ['                const { score, terms, match } = b.get(docId);\n', '                const { score, terms } = b.get(docId);\n'],
  ['                existing.match = Object.assign(existing.match, match);\n', ''],
  // OR is the one combinator left, and the only one src/core/search.ts may ask for (see SEARCH_RESULT_FIELDS).
  [
    '        const operator = combineWith.toLowerCase();\n        const combinator = combinators[operator];\n        if (!combinator) {\n            throw new Error(`Invalid combination operator: ${combineWith}`);\n        }\n        return results.reduce(combinator) || new Map();\n',
    '        return results.reduce(combinators[OR]);\n',
  ],
  ['    combineResults(results, combineWith = OR) {\n', '    combineResults(results) {\n'],
  // Options the finder never gives (see CUT_MINISEARCH_OPTIONS): a filter of results, a boost per
  // document or per term, a fuzzy or prefix search decided by a function.
  [
    '        const { searchOptions: globalSearchOptions } = this._options;\n        const searchOptionsWithDefaults = { ...globalSearchOptions, ...searchOptions };\n',
    '',
  ],
  [
    '            if (searchOptionsWithDefaults.filter == null || searchOptionsWithDefaults.filter(result)) {\n                results.push(result);\n            }\n',
    '            results.push(result);\n',
  ],
  [
    '                const docBoost = boostDocumentFn ? boostDocumentFn(this._documentIds.get(docId), derivedTerm, this._storedFields.get(docId)) : 1;\n                if (!docBoost)\n                    continue;\n',
    '',
  ],
  [
    '                const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;\n',
    '                const weightedScore = termWeight * termBoost * fieldBoost * rawScore;\n',
  ],
  // With no document boost and no match gathered, a term's results need neither the function nor the
  // document's own term (`derivedTerm`): they are no longer passed.
  [
    '    termResults(sourceTerm, derivedTerm, termWeight, termBoost, fieldTermData, fieldBoosts, boostDocumentFn, bm25params, results = new Map()) {\n',
    '    termResults(sourceTerm, termWeight, termBoost, fieldTermData, fieldBoosts, bm25params, results = new Map()) {\n',
  ],
  [
    '        const { boostDocument, weights, maxFuzzy, bm25: bm25params } = options;\n',
    '        const { weights, maxFuzzy, bm25: bm25params } = options;\n',
  ],
  [
    '        const results = this.termResults(query.term, query.term, 1, query.termBoost, data, boosts, boostDocument, bm25params);\n',
    '        const results = this.termResults(query.term, 1, query.termBoost, data, boosts, bm25params);\n',
  ],
  [
    '                this.termResults(query.term, term, weight, query.termBoost, data, boosts, boostDocument, bm25params, results);\n',
    '                this.termResults(query.term, weight, query.termBoost, data, boosts, bm25params, results);\n',
    2,
  ],
  // src/core/search.ts gives its own extractField (a text for every field), tokenize and processTerm
  // (the build fails if it does not): MiniSearch's defaults for them are never used, nor is
  // stringifyField, which made a text of a field's value.
  [
    '    extractField: (document, fieldName) => document[fieldName],\n    stringifyField: (fieldValue, fieldName) => fieldValue.toString(),\n    tokenize: (text) => text.split(SPACE_OR_PUNCTUATION),\n    processTerm: (term) => term.toLowerCase(),\n',
    '',
  ],
  [
    '        const { extractField, stringifyField, tokenize, processTerm, fields, idField } = this._options;\n',
    '        const { extractField, tokenize, processTerm, fields, idField } = this._options;\n',
  ],
  [
    '            const tokens = tokenize(stringifyField(fieldValue, field), field);\n',
    '            const tokens = tokenize(fieldValue, field);\n',
  ],
  [
    /\nconst termToQuerySpec = \(options\) => \(term, i, terms\) => \{\n[\s\S]*?\n {4}return \{ term, fuzzy, prefix, termBoost \};\n\};\n/,
    '\nconst termToQuerySpec = (options) => (term) => ({ term, fuzzy: options.fuzzy || false, prefix: options.prefix === true, termBoost: 1 });\n',
  ],
  // Ids are the networks' positions, each added once: nothing to look a short id up by, or to tell a repeat from.
  ['        if (this._idToShortId.has(id)) {\n            throw new Error(`MiniSearch: duplicate ID ${id}`);\n        }\n', ''],
  ['        this._idToShortId.set(documentId, shortDocumentId);\n', ''],
  ['        this._idToShortId = new Map();\n', ''],
  // Checks that the finder's one use passes by construction: it always gives `fields`, an id (the
  // network's position) and terms that are texts, and asks for words at a prefix of the whole index.
  [
    '        if ((options === null || options === void 0 ? void 0 : options.fields) == null) {\n            throw new Error(\'MiniSearch: option "fields" must be provided\');\n        }\n',
    '',
  ],
  ['        if (id == null) {\n            throw new Error(`MiniSearch: document does not have ID field "${idField}"`);\n        }\n', ''],
  ["        if (!prefix.startsWith(this._prefix)) {\n            throw new Error('Mismatched prefix');\n        }\n", ''],
  ["        if (typeof key !== 'string') {\n            throw new Error('key must be a string');\n        }\n", '', 1],
];
/**
 * The options that no longer do anything once the edits are made. The build fails if
 * src/core/search.ts, the one module that may import MiniSearch, names one, or gives `fuzzy` or
 * `prefix` other than as a plain value (`true`, `false`, a number).
 */
const CUT_MINISEARCH_OPTIONS = [
  'idField',
  'storeFields',
  'logger',
  'autoVacuum',
  'autoSuggestOptions',
  'filter',
  'boostDocument',
  'boostTerm',
  'stringifyField',
];
const SEARCH_MODULE = /[\\/]src[\\/]core[\\/]search\.ts$/;
/**
 * A search's result holds its `id` and `score` alone once the edits are made, and its words are
 * combined with OR alone: the build fails if src/core/search.ts reads one of the result's other
 * fields, or gives `combineWith` other than 'OR'.
 */
const SEARCH_RESULT_FIELDS = /\.(terms|queryTerms|match)\b|\bcombineWith\s*:(?!\s*['"]OR['"])/i;
/** The options whose MiniSearch defaults are cut out: src/core/search.ts must give each. */
const OWN_MINISEARCH_OPTIONS = [
  ['extractField', /\bextractField\s*:/],
  ['tokenize', /\btokenize\s*:/],
  ['processTerm', /\bprocessTerm\s*[,:}]/],
];
/** Names that no code may hold once the cuts and edits are made (comments aside). */
const GONE_FROM_MINISEARCH = [
  'wildcard',
  'autoVacuum',
  'autoSuggestOptions',
  '_dirtCount',
  '_currentVacuum',
  '_enqueuedVacuum',
  'logger',
  '_type',
  '_size',
  '_storedFields',
  'storeFields',
  '_idToShortId',
  'boostTerm',
  'stringifyField',
  'boostDocumentFn',
  'derivedTerm',
];
/**
 * MiniSearch's internal fields and methods, which nothing outside its file reads: a minifier keeps
 * property names, so they are given short ones here, in that file alone. The build fails if one is
 * not found, or if its short name is already there.
 */
const MINISEARCH_INTERNAL_NAMES = [
  '_options',
  '_index',
  '_documentCount',
  '_documentIds',
  '_fieldIds',
  '_fieldLength',
  '_avgFieldLength',
  '_nextId',
  '_tree',
  '_prefix',
  '_path',
  'executeQuery',
  'executeQuerySpec',
  'combineResults',
  'termResults',
  'addTerm',
  'addDocumentId',
  'addFields',
  'addFieldLength',
  'atPrefix',
  'fuzzyGet',
  'dive',
  'backtrack',
];

/** Cuts `names` out of the class `className` of `code`; each must be found, as a method declared on its own lines. */
function cutMethods(context, code, className, names) {
  const start = code.indexOf(`\nclass ${className} {`);
  // The class ends at the first line that is a lone `}`; its last method's `}` line is kept with it.
  const end = code.indexOf('\n}\n', start) + 1;
  if (start < 0 || end < 1) context.error(`MiniSearch: class ${className} not found`);
  let body = code.slice(start, end);
  for (const name of names) {
    const declaration = new RegExp(`\\n    (?:static )?(?:async )?(?:get )?${name}\\([^\\n]*\\) \\{\\n[\\s\\S]*?\\n    \\}\\n`);
    if (!declaration.test(body)) context.error(`MiniSearch: method ${className}.${name} not found`);
    body = body.replace(declaration, '\n');
  }
  return code.slice(0, start) + body + code.slice(end);
}

const slimMiniSearch = {
  name: 'slim-minisearch',
  transform(code, id) {
    if (/[\\/]src[\\/].*\.ts$/.test(id)) {
      const imports = /from\s*['"]minisearch['"]/.test(code);
      if (imports && !SEARCH_MODULE.test(id)) this.error(`MiniSearch: only src/core/search.ts may import it (see CUT_MINISEARCH_OPTIONS)`);
      if (!imports) return null;
      const cut = new RegExp(`\\b(${CUT_MINISEARCH_OPTIONS.join('|')})\\s*:|\\b(fuzzy|prefix)\\s*:\\s*(?!\\s|true\\b|false\\b|\\d)`).exec(
        code,
      );
      if (cut) this.error(`MiniSearch: the option ${cut[1] ?? cut[2]} is cut out of this build, or reads only a plain value (${cut[0]})`);
      const gone = SEARCH_RESULT_FIELDS.exec(code);
      if (gone) this.error(`MiniSearch: a result holds only its id and score, combined with OR (${gone[0]})`);
      const missing = OWN_MINISEARCH_OPTIONS.find(([, given]) => !given.test(code));
      if (missing)
        this.error(`MiniSearch: src/core/search.ts must give its own ${missing[0]}: MiniSearch's default is cut out of this build`);
      return null;
    }
    if (!/[\\/]minisearch[\\/]dist[\\/]es[\\/]index\.js$/.test(id)) return null;
    code = cutMethods(this, code, 'MiniSearch', UNUSED_MINISEARCH_METHODS);
    code = cutMethods(this, code, 'SearchableMap', UNUSED_SEARCHABLE_MAP_METHODS);
    for (const [from, to, times = 1] of MINISEARCH_EDITS) {
      const pattern = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from, 'g');
      const count = (code.match(pattern) ?? []).length;
      if (count !== times) this.error(`MiniSearch: expected ${times} times, found ${count}: ${from}`);
      code = code.replace(pattern, () => to);
    }
    const codeLeft = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const name of UNUSED_MINISEARCH_METHODS) {
      if (new RegExp(`(this|MiniSearch)\\.${name}\\b`).test(codeLeft)) this.error(`MiniSearch: ${name} was cut out but is still called`);
    }
    for (const name of UNUSED_SEARCHABLE_MAP_METHODS) {
      if (new RegExp(`(this\\._index|SearchableMap|prefixMatches)\\.${name}\\b|\\bthis\\.${name}\\(`).test(codeLeft))
        this.error(`MiniSearch: SearchableMap.${name} was cut out but is still called`);
    }
    for (const name of GONE_FROM_MINISEARCH) {
      if (new RegExp(`\\b${name}\\b`).test(codeLeft)) this.error(`MiniSearch: ${name} is still read`);
    }
    MINISEARCH_INTERNAL_NAMES.forEach((name, i) => {
      const short = `_${i.toString(36)}_`;
      const pattern = new RegExp(`(?<![\\w$])${name.replace('$', '\\$')}(?![\\w$])`, 'g');
      if (!pattern.test(codeLeft)) this.error(`MiniSearch: ${name} not found`);
      if (code.includes(short)) this.error(`MiniSearch: ${short} is already there`);
      code = code.replace(pattern, short);
    });
    return { code, map: null };
  },
};

/**
 * Lit's templates can be HTML, SVG (`svg```) or MathML (`mathml```), or compiled ahead of time, and
 * their values directives (`lit/directives/…`, `lit/directive.js`). The finder writes HTML templates
 * only, with no directive: what reads SVG, MathML and compiled templates, and the call that resolves
 * a directive on every value bound, are cut out of lit-html's pinned production build here. Each
 * text must be found once; the build fails if a module of the finder imports `svg` or `mathml` from
 * Lit, or if any directive module is part of the bundle.
 */
const LIT_HTML_EDITS = [
  // Template preparation: an SVG or MathML template is wrapped in <svg> or <math> and unwrapped.
  ['l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
  ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
  [
    'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
    'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
  ],
  // resolveDirective(part, value): a value that is no directive comes back as it is.
  [
    'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    'function M(t,i){return i}',
  ],
  // A compiled template (from Lit's template compiler, whose `_$litType$` is an object, not 1) is never drawn.
  ['e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'e=this._$AC(t)'],
  // Raw text elements (<script>, <style>, <textarea>, <title>), whose text lit-html reads apart, with its
  // own bindings: the finder's templates hold none, and the build fails if one does.
  ['(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', 'c=p'],
  [
    'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    '',
  ],
  // An element binding (`<p ${…}>`) serves a directive alone, and does nothing without one: no part is made for it.
  [
    ':1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))',
    ':1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
  ],
  // What only directives read of a part: whether it is connected, its parent node, its first and last
  // nodes, its element's tag name.
  ['get _$AU(){return this._$AM._$AU}', '', 3],
  ['get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
  ['get parentNode(){return this._$AM.parentNode}', ''],
  [
    'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    '',
  ],
  ['get tagName(){return this.element.tagName}', ''],
];
/**
 * What Lit's ReactiveElement keeps for other ways of declaring properties than the finder's one
 * `static properties` with String, Number and Boolean types and converters of its own: initializers
 * (`addInitializer`, which decorators call), properties declared by standard decorators (read from
 * the class's `Symbol.metadata`), and the JSON converter of `type: Object` and `type: Array`. The
 * element's public class has no static member (types/index.d.ts). Each text must be found once; the
 * build fails if a module of the finder imports Lit's decorators, calls addInitializer or declares a
 * property of type Object or Array.
 */
const REACTIVE_ELEMENT_EDITS = [
  ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
  ['void 0!==t.l&&(this.l=[...t.l]),', ''],
  [',this.constructor.l?.forEach(t=>t(this))', ''],
  [
    'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
    '',
  ],
  [';break;case Object:case Array:t=null==t?t:JSON.stringify(t)', ''],
  [';break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}', ''],
];
const OTHER_PROPERTY_DECLARATIONS = /from\s*['"]lit\/decorators|\baddInitializer\b|\btype\s*:\s*(Object|Array)\b/;
/** The elements whose text lit-html reads apart (see LIT_HTML_EDITS): none may be in a template of the finder. */
const RAW_TEXT_ELEMENT = /<(script|style|textarea|title)\b/i;
const slimLit = {
  name: 'slim-lit',
  transform(code, id) {
    if (/[\\/]lit-html[\\/](directive|async-directive|directive-helpers|static)\.js$|[\\/]lit-html[\\/]directives[\\/]/.test(id))
      this.error(`Lit: ${id} needs what slim-lit cuts out of lit-html (see LIT_HTML_EDITS)`);
    if (/[\\/]src[\\/].*\.ts$/.test(id)) {
      if (/import\s*(type\s*)?\{[^}]*\b(svg|mathml)\b[^}]*\}\s*from\s*['"]lit/.test(code))
        this.error('Lit: svg`` and mathml`` templates are cut out of this build (see LIT_HTML_EDITS)');
      const declared = OTHER_PROPERTY_DECLARATIONS.exec(code);
      if (declared) this.error(`Lit: ${declared[0]} needs what slim-lit cuts out of ReactiveElement (see REACTIVE_ELEMENT_EDITS)`);
      const rawText = RAW_TEXT_ELEMENT.exec(code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''));
      if (rawText) this.error(`Lit: lit-html's handling of ${rawText[0]}> is cut out of this build (see LIT_HTML_EDITS)`);
      return null;
    }
    const edits = /[\\/]lit-html[\\/]lit-html\.js$/.test(id)
      ? LIT_HTML_EDITS
      : /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)
        ? REACTIVE_ELEMENT_EDITS
        : undefined;
    if (!edits) return null;
    for (const [from, to, times = 1] of edits) {
      const pieces = code.split(from);
      if (pieces.length - 1 !== times) this.error(`Lit: expected ${times} times, found ${pieces.length - 1}: ${from}`);
      code = pieces.join(to);
    }
    return { code, map: null };
  },
};

/**
 * Prints the bundle's Subresource Integrity hash once it is written, for the pinned CDN snippet:
 * `<script type="module" src="…" integrity="sha384-…" crossorigin="anonymous">`.
 */
const printIntegrity = {
  name: 'print-integrity',
  writeBundle(options, bundle) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const hash = createHash('sha384').update(chunk.code).digest('base64');
      console.log(`${fileName} integrity: sha384-${hash}`);
    }
  },
};

/**
 * The compiler writes the declarations into dist/types over what is there: one of a module since
 * removed would stay, and ship in the package. They are written afresh at each build.
 */
const freshDeclarations = {
  name: 'fresh-declarations',
  buildStart: () => rmSync('dist/types', { recursive: true, force: true }),
};

const browser = {
  input: 'src/reseaupro-finder.ts',
  output: {
    file: 'dist/reseaupro-finder.js',
    format: 'es',
    sourcemap: false,
    // Lit's browser build touches HTMLElement and document as it loads. Where there is no DOM (a
    // server render imports the bundle), these module-local stand-ins let it load without throwing
    // and without installing anything global; the element is then simply not defined.
    intro:
      'const HTMLElement = globalThis.HTMLElement ?? class {};' +
      'const document = globalThis.document ?? { createTreeWalker: () => ({}), createComment: () => ({}) };',
  },
  plugins: [
    freshDeclarations,
    // Lit ships a development build with extra warnings; the bundle takes the production one.
    nodeResolve({ exportConditions: ['production'] }),
    slimMiniSearch,
    slimLit,
    minifyCssTemplates,
    typescript({ tsconfig: './tsconfig.json' }),
    terser({
      ecma: 2022,
      module: true,
      format: { comments: false },
      // keep_fargs: nothing reads a function's length. inline: 1 inlines only functions without
      // arguments or variables: the output is larger, but it gzips smaller than with more inlined.
      // pure_getters: reading a property has no side effect the code relies on (no getter is read
      // for its effect alone, as `el.offsetHeight;` would be to force a layout: that statement would
      // be dropped), so terser may move and drop reads. unsafe_arrows: a function expression that
      // never uses `this` or `arguments` is never called with `new` nor has its prototype read (the
      // code uses classes), so it may be written as an arrow. Together 77 B gzip.
      compress: { passes: 3, keep_fargs: false, inline: 1, pure_getters: true, unsafe_arrows: true },
    }),
    collapseTemplateWhitespace,
    compileOnLoad,
    printIntegrity,
  ],
};

/**
 * `dist/embed.html` and its script `dist/embed.js`: the finder alone on a page, for an iframe. The page
 * loads the bundle beside it, then the script, which sets the element's attributes from the query.
 */
const embedPage = {
  input: 'src/embed/frame.ts',
  output: { file: 'dist/embed.js', format: 'es', sourcemap: false },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    {
      name: 'embed-html',
      buildStart() {
        this.addWatchFile('src/embed/embed.html');
      },
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
      },
    },
  ],
};

/**
 * The data keepers' command line, for Node 20: `dist/cli/cli.js` (the `bin`) and the toolkit it
 * runs, which tests import. Not minified: it runs on a keeper's machine, where a readable file
 * helps. papaparse is bundled in (from its CommonJS build), so that installing the package adds no
 * other package; none of it reaches the browser bundle.
 */
const cli = {
  input: { cli: 'src/cli/main.ts', toolkit: 'src/cli/toolkit.ts' },
  external: [/^node:/, 'stream'], // papaparse's Node streaming asks for 'stream'
  // The toolkit may export more than its source does, so that both entries share one file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cli',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  plugins: [nodeResolve(), commonjs(), typescript({ tsconfig: './tsconfig.cli.json' })],
};

/**
 * The keepers' page, for the staff who have no Node: dist/keepers.html and its script and styles. It
 * runs the command line's own code (papaparse inside) and the finder itself, in one classic script:
 * a module script cannot load from a file opened from the disk, and the page must work so.
 * dist/reseaupro-finder.js stays as it is.
 */
const keepers = {
  input: 'src/keepers/main.ts',
  output: { file: 'dist/keepers.js', format: 'iife', sourcemap: false },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // papaparse ships CommonJS (a UMD file), as for the command line.
    commonjs(),
    slimMiniSearch,
    minifyCssTemplates,
    typescript({ tsconfig: './tsconfig.keepers.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    {
      name: 'keepers-page',
      generateBundle() {
        for (const name of ['keepers.html', 'keepers.css']) {
          this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`src/keepers/${name}`, 'utf8') });
        }
      },
    },
  ],
};

// `rollup -c --environment TARGET:cli` builds the command line alone (the tests do, before they run it).
export default process.env.TARGET === 'cli' ? cli : [browser, embedPage, cli, keepers];
