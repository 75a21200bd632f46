import { readFileSync } from 'node:fs';
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
 * Lit's css`` is shipped as written, comments and indentation included. The styles module holds
 * one such template, with no expressions: its text is minified here, once TypeScript has emitted it.
 * Only what CSS ignores goes: comments, and white space at a line's ends and after `{`, `}`, `;`,
 * `,` and `:` (never before a `:`, which would join a descendant combinator to a pseudo-class).
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
        .trim();
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
  },
};

/**
 * MiniSearch is one class: a bundler cannot leave out the methods the finder never calls (removing,
 * replacing and vacuuming documents, auto-suggest, saving and loading an index), a third of its
 * size. They are cut out of its pinned version here, by name; the build fails if one is not found
 * where expected, or if what stays still calls one.
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
  'autoSuggest',
  'loadJSON',
  'loadJSONAsync',
  'loadJS',
  'loadJSAsync',
  'instantiateMiniSearch',
  'toJSON',
  'removeFieldLength',
];
const slimMiniSearch = {
  name: 'slim-minisearch',
  transform(code, id) {
    if (!/[\\/]minisearch[\\/]dist[\\/]es[\\/]index\.js$/.test(id)) return null;
    const start = code.indexOf('\nclass MiniSearch {');
    const end = code.indexOf('\n}\n', start);
    if (start < 0 || end < 0) this.error('MiniSearch: class not found');
    let body = code.slice(start, end);
    for (const name of UNUSED_MINISEARCH_METHODS) {
      const declaration = new RegExp(`\\n    (?:static )?(?:async )?(?:get )?${name}\\([^\\n]*\\) \\{\\n[\\s\\S]*?\\n    \\}\\n`);
      if (!declaration.test(body)) this.error(`MiniSearch: method ${name} not found`);
      body = body.replace(declaration, '\n');
    }
    const codeLeft = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const name of UNUSED_MINISEARCH_METHODS) {
      if (new RegExp(`(this|MiniSearch)\\.${name}\\b`).test(codeLeft)) this.error(`MiniSearch: ${name} was cut out but is still called`);
    }
    return { code: code.slice(0, start) + body + code.slice(end), map: null };
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
    // Lit ships a development build with extra warnings; the bundle takes the production one.
    nodeResolve({ exportConditions: ['production'] }),
    slimMiniSearch,
    minifyCssTemplates,
    typescript({ tsconfig: './tsconfig.json' }),
    terser({
      ecma: 2022,
      module: true,
      format: { comments: false },
      compress: { passes: 3 },
    }),
    collapseTemplateWhitespace,
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
