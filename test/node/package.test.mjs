// The package as npm would publish it: `npm pack`, its file list, and the tarball installed into an
// empty project, offline, as a site or a data keeper would install it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const npm = (cwd, ...args) => {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

describe('the published package', () => {
  let packed;
  let tarball;
  before(() => {
    const destination = mkdtempSync(join(tmpdir(), 'reseaupro-pack-'));
    [packed] = JSON.parse(npm(ROOT, 'pack', '--json', '--pack-destination', destination));
    tarball = join(destination, packed.filename);
  });

  test('holds the bundle, the command line, the types, the CSV template, the schema, the manifest and the licence', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/reseaupro-finder.js',
      'dist/embed.html',
      'dist/embed.js',
      'dist/cli/cli.js',
      'dist/types/reseaupro-finder.d.ts',
      'types/react.d.ts',
      'types/vue.d.ts',
      'types/element.d.ts',
      'types/index.d.ts',
      'demo/reseaux-modele.csv',
      'schema.json',
      'custom-elements.json',
    ]) {
      assert.ok(files.includes(file), `${file} is not in the package`);
    }
  });

  test('holds nothing of the sources, tests, examples or plugin', () => {
    const files = packed.files.map((file) => file.path);
    const stray = files.filter((file) => /^(src|test|examples|wordpress|scripts|\.ci|docs)\//.test(file) || file === 'demo/reseaux.json');
    assert.deepEqual(stray, []);
  });

  test('ships the declarations of the sources only: none of a module that is gone', () => {
    // The build wrote dist/types over what was there: dist/types/profile-view.d.ts, of a module gone
    // since the first version, was shipped to every site, importing 'lit', which no site has.
    const stale = packed.files
      .map((file) => file.path)
      .filter((file) => file.startsWith('dist/types/') && !existsSync(join(ROOT, file.replace(/^dist\/types\/(.*)\.d\.ts$/, 'src/$1.ts'))));
    assert.deepEqual(stale, []);
  });

  test('says where it lives: repository, homepage, bugs, keywords, licence', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(manifest.repository.url, /^git\+https:\/\//);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.ok(manifest.keywords.includes('web-component'));
    assert.equal(manifest.license, 'MIT');
    assert.equal(
      manifest.dependencies,
      undefined,
      'Lit, MiniSearch and papaparse are bundled: no dependency is installed with the package',
    );
  });

  test("type-checks where only it is installed: the README's TypeScript, strict, with no Lit, React or Vue", () => {
    // Lit is inside the bundle, so a site never has it: types that import 'lit' left the element
    // without HTMLElement's members (no addEventListener, style or updateComplete) in every project.
    const project = mkdtempSync(join(tmpdir(), 'reseaupro-types-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'typed-site', private: true, type: 'module' }));
    npm(project, 'install', '--offline', '--no-audit', '--no-fund', tarball);
    mkdirSync(join(project, 'src'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(project, 'src/main.ts'),
      `import { ReseauproFinder } from 'reseaupro-finder';
import type { ChangeDetail, ReseauproFinderElement, ShortlistDetail } from 'reseaupro-finder';

const finder = document.querySelector('reseaupro-finder');
if (finder) {
  finder.data = { networks: [] };
  finder.answers = { famille: ['territorial'], territoire: ['Arles'] };
  finder.query = 'commerce';
  finder.setAttribute('lang', 'en');
  finder.style.setProperty('--reseaupro-accent', '#7a1f3d');
  finder.addEventListener('reseaupro-change', (event) => {
    const detail: ChangeDetail = event.detail;
    console.log(detail.total.toFixed(0));
  });
  finder.addEventListener('reseaupro-shortlist', (event) => console.log(event.detail.ids.join()));
  finder.addEventListener('click', (event) => console.log(event.clientX));
  // The events bubble out of the element: the page may listen on document or window, as the README says.
  document.addEventListener('reseaupro-change', (event) => console.log(event.detail.total.toFixed(0)));
  window.addEventListener('reseaupro-shortlist', (event) => console.log(event.detail.ids.join()));
  document.removeEventListener('reseaupro-ready', (event) => console.log(event.detail.networks));
  await finder.updateComplete;
  console.log(finder.results.map((result) => result.network.name));
  const described: ReseauproFinderElement = finder;
  console.log(described, finder instanceof ReseauproFinder);
}
const made = new ReseauproFinder();
made.pageSize = 5;
document.body.append(made);
const none: ShortlistDetail | null = null;
console.log(none);
`,
    );
    // Wrong uses must still fail: the types are not any.
    writeFileSync(
      join(project, 'src/wrong.ts'),
      `import type { ReseauproFinderProps } from 'reseaupro-finder';
const finder = document.querySelector('reseaupro-finder')!;
// @ts-expect-error pageSize is a number
finder.pageSize = 'five';
// @ts-expect-error layout is auto, steps or all
finder.layout = 'sideways';
finder.addEventListener('reseaupro-change', (event) => {
  // @ts-expect-error a change's detail has no ids
  console.log(event.detail.ids);
});
document.addEventListener('reseaupro-select', (event) => {
  // @ts-expect-error a select's detail has no total
  console.log(event.detail.total);
});
// @ts-expect-error React 19 and Vue set answers as a property, where JSON text is not read: an object it is
export const preset: ReseauproFinderProps = { answers: '{"famille":["territorial"]}' };
`,
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  test('installs into an empty project, offline, adding no other package; its command line runs there', () => {
    const project = mkdtempSync(join(tmpdir(), 'reseaupro-install-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-site', private: true }));
    npm(project, 'install', '--offline', '--no-audit', '--no-fund', tarball);
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.deepEqual(installed, ['reseaupro-finder']);
    // papaparse is inside the command line: the template builds a data file there.
    const cli = join(project, 'node_modules/.bin/reseaupro-finder');
    const template = join(project, 'node_modules/reseaupro-finder/demo/reseaux-modele.csv');
    const build = spawnSync(cli, ['build', template, '-o', join(project, 'reseaux.json'), '--updated', '2026-12-01'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: '' },
    });
    assert.equal(build.status, 0, build.stderr);
    // --version reads the installed package.json, which npm pack ships.
    const version = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, version.stderr);
    const validate = spawnSync(cli, ['validate', join(project, 'reseaux.json')], { encoding: 'utf8', env: { ...process.env, LANG: '' } });
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /3 réseaux, 0 problème/);
    // The README's static pages, from the installed command.
    const html = spawnSync(cli, ['html', join(project, 'reseaux.json'), '-o', join(project, 'site')], {
      encoding: 'utf8',
      env: { ...process.env, LANG: '' },
    });
    assert.equal(html.status, 0, html.stdout + html.stderr);
    assert.ok(existsSync(join(project, 'site/index.html')) && existsSync(join(project, 'site/en/index.html')));
    // A build tool finds by the package's name each file the README has a site copy or load: the
    // iframe's page needs its two scripts beside it.
    const names = ['', '/embed.html', '/embed.js', '/reseaupro-finder.js', '/custom-elements.json', '/schema.json', '/reseaux-modele.csv'];
    const resolve = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `for (const name of ${JSON.stringify(names)}) console.log(import.meta.resolve('reseaupro-finder' + name));`,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    assert.equal(resolve.status, 0, resolve.stderr);
    const resolved = resolve.stdout.trim().split('\n');
    for (const file of resolved) assert.ok(existsSync(fileURLToPath(file)), `${file} does not exist`);
    assert.ok(resolved[2].endsWith('/dist/embed.js') && resolved[3].endsWith('/dist/reseaupro-finder.js'));
  });
});
