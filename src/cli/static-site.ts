import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { emailHref, phoneHref, shownAddress, websiteHref } from '../core/links.js';
import { compareInFrench, dataLangMark, formatDate, formatNumber, labelText, paragraphs, textDirection } from '../core/text.js';
import type { Directory } from '../core/parse.js';
import type { Family, Label, Lang, Network } from '../core/types.js';
import { FAMILIES } from '../core/vocabulary.js';
import { STRINGS } from '../i18n/index.js';
import { valueLabel } from '../i18n/labels.js';
import { CONTROL_CHARACTERS } from './checks.js';
import { pageNames } from './page-names.js';

/**
 * `npx reseaupro-finder html reseaux.json -o site/`: the directory as static pages that search engines
 * and visitors without JavaScript can read. In French at the root, in English under `en/`:
 *
 *     index.html               every network, grouped by family
 *     reseaux/<name>.html      one page per network: its profile, schema.org Organization JSON-LD (names: page-names.ts)
 *     fragment.html            the index's list alone, to put inside <reseaupro-finder> (shown until the script runs)
 *     en/index.html, en/networks/<name>.html, en/fragment.html
 *     style.css
 *
 * No script anywhere. Every text is escaped, its control characters left out; links are made only
 * for http(s), mailto and tel.
 */

/** What the pages say beyond the finder's own words (src/i18n). */
const WORDS = {
  fr: {
    byFamily: 'Les réseaux par famille',
    otherLanguage: 'English',
    otherLang: 'en' as Lang,
    sameFamily: 'Dans la même famille',
    wholeFamily: (family: string, count: number) =>
      `Toute la famille «\u00a0${family}\u00a0» (${formatNumber(count, 'fr-FR')} ${count > 1 ? 'réseaux' : 'réseau'})`,
    allNetworks: 'Tous les réseaux',
    networks: (count: number) => `${formatNumber(count, 'fr-FR')} ${count > 1 ? 'réseaux' : 'réseau'}`,
    /** The index's meta description, for search results. */
    indexDescription: (title: string, networks: string) => `${title}\u00a0: ${networks} professionnels, par famille, chacun avec sa fiche.`,
    /** A network's meta description when it has no text of its own. */
    networkDescription: (name: string, family: string, territories: string) =>
      `${name} — ${family}${territories ? `\u00a0: ${territories}` : ''}.`,
    networksDir: 'reseaux',
  },
  en: {
    byFamily: 'Networks by family',
    otherLanguage: 'Français',
    otherLang: 'fr' as Lang,
    sameFamily: 'In the same family',
    wholeFamily: (family: string, count: number) =>
      `The whole family "${family}" (${formatNumber(count, 'en-GB')} ${count > 1 ? 'networks' : 'network'})`,
    allNetworks: 'All networks',
    networks: (count: number) => `${formatNumber(count, 'en-GB')} ${count > 1 ? 'networks' : 'network'}`,
    indexDescription: (title: string, networks: string) => `${title}: ${networks} of professionals, by family, each with its profile.`,
    networkDescription: (name: string, family: string, territories: string) =>
      `${name} — ${family}${territories ? `: ${territories}` : ''}.`,
    networksDir: 'networks',
  },
} as const;

/** What the command says, in the keeper's language. */
export const HTML_MESSAGES = {
  fr: {
    notOurs: (dir: string) =>
      `${dir} n'est pas vide et n'a pas été écrit par reseaupro-finder html : choisissez un dossier vide ou nouveau (-o).`,
    wrote: (dir: string, networks: number) =>
      `${dir} : ${formatNumber(networks, 'fr-FR')} ${networks > 1 ? 'fiches' : 'fiche'} en français et en anglais, et l'index par famille (${join(dir, 'index.html')}).`,
    /** `--base-url` was a path (isPath): what it gives, what it does not, and how to get that. */
    pathOnly: (base: string) =>
      `--base-url ${base} : les liens des fragments (fragment.html) partent de ce chemin ; les pages n'ont aucune adresse canonique, et leurs liens hreflang restent relatifs, comme sans --base-url. Les moteurs de recherche les veulent complets : donnez l'adresse publique, https://site.example${base}, pour les avoir.`,
  },
  en: {
    notOurs: (dir: string) => `${dir} is not empty and was not written by reseaupro-finder html: choose an empty or new folder (-o).`,
    wrote: (dir: string, networks: number) =>
      `${dir}: ${formatNumber(networks, 'en-GB')} ${networks === 1 ? 'profile' : 'profiles'} in French and English, and the index by family (${join(dir, 'index.html')}).`,
    pathOnly: (base: string) =>
      `--base-url ${base}: the fragments' links (fragment.html) start from this path; the pages get no canonical address, and their hreflang links stay relative, as without --base-url. Search engines want them in full: give the public address, https://site.example${base}, for them.`,
  },
} as const;

/** The file that marks a folder as written by this command, so that writing it again may clear it. */
const MARKER = '.reseaupro-site';

/**
 * A text as the pages carry it: without the control characters no reader sees (a NUL is "�" in a
 * <title> or an attribute, a bell or an escape shows as nothing, or as a box); a vertical tab, a
 * form feed or a next line (U+0085), which end a line, is a space. Tabs and line breaks stay.
 */
export const withoutControls = (text: string) => text.replace(/[\v\f\u0085]/g, ' ').replace(CONTROL_CHARACTERS, '');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => withoutControls(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);

interface Site {
  directory: Directory;
  names: Map<string, string>;
  title: Record<Lang, string>;
  /** The `lang` attribute (with its leading space) of the title, and of the data's texts, on a page in each language: '' when it is the page's. */
  titleLang: Record<Lang, string>;
  dataLang: Record<Lang, string>;
  /** Each family's networks in name order, sorted once for every page. */
  families: Map<Family, Network[]>;
  /** Each network's place in its family's order. */
  positions: Map<Network, number>;
  /**
   * siteBase's when it is a full address, else '': where the pages are published, for their canonical
   * and hreflang links. A path from the root (`/reseaux/`) is no such address: hreflang alternates
   * must be full, and a canonical from the root names a page on whatever host serves the pages.
   */
  published: string;
}

/**
 * How many other networks of its family a network's page lists: its neighbours in name order. A
 * page listing the whole family grows with it, and the site with its square.
 */
const NEIGHBOURS = 20;

/** The path of a page from the site's root. */
const indexPath = (lang: Lang) => (lang === 'fr' ? 'index.html' : 'en/index.html');
const networkPath = (site: Site, lang: Lang, id: string) =>
  `${lang === 'fr' ? '' : 'en/'}${WORDS[lang].networksDir}/${site.names.get(id) ?? ''}.html`;

/** `to` (a path from the root) relative to the page at `from`. */
function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to;
}

function page(site: Site, lang: Lang, path: string, title: string, description: string, body: string, head = ''): string {
  const other = WORDS[lang].otherLang;
  const otherPath =
    path === indexPath(lang) ? indexPath(other) : path.replace(/^(en\/)?[a-z]+\//, other === 'fr' ? 'reseaux/' : 'en/networks/');
  // Search engines want a page's language versions as full addresses, itself among them: given where
  // the site is published (--base-url, a full address), they are; else relative, which they read less
  // surely, and no canonical: a path alone (`--base-url /reseaux/`) is only for the fragments' links.
  const address = (to: string) => escape(site.published ? site.published + to : relative(path, to));
  const canonical = site.published ? `<link rel="canonical" href="${address(path)}">\n` : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${description ? `<meta name="description" content="${escape(description)}">\n` : ''}<link rel="stylesheet" href="${relative(path, 'style.css')}">
${canonical}<link rel="alternate" hreflang="${lang}" href="${address(path)}">
<link rel="alternate" hreflang="${other}" href="${address(otherPath)}">
${head}</head>
<body>
<nav class="top"><a href="${relative(path, indexPath(lang))}"${site.titleLang[lang]}>${escape(site.title[lang])}</a> · <a href="${relative(path, otherPath)}" hreflang="${other}" lang="${other}">${WORDS[lang].otherLanguage}</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

const dataLangAttribute = (site: Site, lang: Lang) => site.dataLang[lang];

const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escape(lang)}"${textDirection(lang) ? ' dir="rtl"' : ''}` : '');

/**
 * The language of the directory's title on a page in `lang`, when it is not the page's, as the finder
 * marks it: a plain text is in the data's language; a `{ fr, en }` title lacking `lang` shows another.
 */
function titleLang(title: Label | undefined, documentLang: string | undefined, lang: Lang): string | undefined {
  if (!labelText(title, lang)) return undefined;
  if (typeof title === 'string') return dataLangMark(documentLang, lang);
  if (title?.[lang] !== undefined) return undefined;
  const shown: Lang = title?.fr !== undefined ? 'fr' : 'en';
  return shown === lang ? undefined : shown;
}

/**
 * The list of every network by family, with links made by `link`. The index's sections have ids,
 * for the networks' pages to link to; the fragment's do not, as it goes into other sites' pages.
 */
function familyList(site: Site, lang: Lang, link: (id: string) => string, headingLevel: number, sectionIds: boolean): string {
  const strings = STRINGS[lang];
  const sections: string[] = [];
  for (const family of FAMILIES) {
    const networks = site.families.get(family);
    if (!networks) continue;
    const items = networks.map((network) => {
      const summary = network.summary ? ` — <span${dataLangAttribute(site, lang)}>${escape(network.summary)}</span>` : '';
      return `<li><a href="${escape(link(network.id))}"${dataLangAttribute(site, lang)}>${escape(network.name)}</a>${summary}</li>`;
    });
    sections.push(
      `<section${sectionIds ? ` id="${family}"` : ''}>
<h${String(headingLevel)}>${escape(strings.vocabulary.family[family])} (${WORDS[lang].networks(networks.length)})</h${String(headingLevel)}>
<ul>
${items.join('\n')}
</ul>
</section>`,
    );
  }
  return sections.join('\n');
}

function indexPage(site: Site, lang: Lang): string {
  const path = indexPath(lang);
  const { updated } = site.directory;
  const strings = STRINGS[lang];
  const body = `<h1${site.titleLang[lang]}>${escape(site.title[lang])}</h1>
<p>${WORDS[lang].networks(site.directory.networks.length)}.${updated ? ` ${escape(strings.dataUpdated(formatDate(updated, strings.locale)))}` : ''}</p>
<h2>${WORDS[lang].byFamily}</h2>
${familyList(site, lang, (id) => relative(path, networkPath(site, lang, id)), 3, true)}`;
  const description = WORDS[lang].indexDescription(site.title[lang], WORDS[lang].networks(site.directory.networks.length));
  return page(site, lang, path, site.title[lang], description, body);
}

/** The schema.org Organization of a network, as JSON-LD safe inside a script element. */
function organization(network: Network): string {
  const contact = network.contact ?? {};
  const website = contact.website ? websiteHref(contact.website) : undefined;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    identifier: network.id,
    name: network.name,
    description: network.summary ?? (network.description ? paragraphs(network.description)[0] : undefined),
    url: website?.startsWith('http') ? website : undefined,
    email: contact.email,
    telephone: contact.phone,
    address: contact.address,
    foundingDate: network.founded === undefined ? undefined : String(network.founded),
    areaServed: network.territories,
    knowsAbout: network.sectors,
    keywords: network.tags?.join(', '),
    location: network.geo && {
      '@type': 'Place',
      geo: { '@type': 'GeoCoordinates', latitude: network.geo.lat, longitude: network.geo.lon },
    },
  };
  // Its texts as the page shows them: a search engine gets no control character either, even escaped.
  return JSON.stringify(data, (_, value: unknown) => (typeof value === 'string' ? withoutControls(value) : value), 1).replace(
    /</g,
    '\\u003c',
  );
}

/** The profile's fields as term and description, HTML already escaped. */
function fieldRows(site: Site, network: Network, lang: Lang): [string, string][] {
  const strings = STRINGS[lang];
  const dataLang = dataLangAttribute(site, lang);
  const rows: [string, string][] = [];
  const list = (field: 'sectors' | 'territories' | 'audience' | 'services' | 'tags', dataText: boolean) => {
    const values = network[field];
    if (!values?.length) return;
    const text = escape(values.map((value) => valueLabel(field, value, lang)).join(', '));
    rows.push([strings.fields[field], dataText && dataLang ? `<span${dataLang}>${text}</span>` : text]);
  };
  list('services', false);
  list('audience', false);
  list('sectors', true);
  list('territories', true);
  if (network.meetingFrequency)
    rows.push([strings.fields.meetingFrequency, escape(valueLabel('meetingFrequency', network.meetingFrequency, lang))]);
  if (network.feeBand) rows.push([strings.fields.feeBand, escape(valueLabel('feeBand', network.feeBand, lang))]);
  if (network.members !== undefined) rows.push([strings.fields.members, escape(strings.membersValue(network.members))]);
  if (network.founded !== undefined) rows.push([strings.fields.founded, String(network.founded)]);
  list('tags', true);
  const contact = network.contact ?? {};
  const link = (href: string | undefined, text: string) =>
    href ? `<a href="${escape(href)}" rel="noopener">${escape(text)}</a>` : escape(text);
  // As the finder writes it: a host that passes for another (www.раураl.fr) as the address the link opens.
  if (contact.website) rows.push([strings.fields.website, link(websiteHref(contact.website), shownAddress(contact.website))]);
  if (contact.email) rows.push([strings.fields.email, link(emailHref(contact.email), contact.email)]);
  if (contact.phone) rows.push([strings.fields.phone, link(phoneHref(contact.phone), contact.phone)]);
  if (contact.address) rows.push([strings.fields.address, `<span${dataLang}>${escape(contact.address)}</span>`]);
  return rows;
}

/** At most NEIGHBOURS others of a network's family, around it in name order (more after it at the start, before it at the end). */
function neighbours(site: Site, network: Network): Network[] {
  const family = site.families.get(network.family) ?? [];
  const at = site.positions.get(network) ?? 0;
  const start = Math.max(0, Math.min(at - NEIGHBOURS / 2, family.length - NEIGHBOURS - 1));
  return family.slice(start, start + NEIGHBOURS + 1).filter((other) => other !== network);
}

function networkPage(site: Site, lang: Lang, network: Network): string {
  const strings = STRINGS[lang];
  const path = networkPath(site, lang, network.id);
  const dataLang = dataLangAttribute(site, lang);
  const kind = network.description ? strings.detailedProfile : strings.shortProfile;
  const text = [
    network.summary ? `<p class="summary"${dataLang}><strong>${escape(network.summary)}</strong></p>` : '',
    ...(network.description ? paragraphs(network.description).map((paragraph) => `<p${dataLang}>${escape(paragraph)}</p>`) : []),
  ].filter(Boolean);
  const rows = fieldRows(site, network, lang).map(([term, description]) => `<dt>${escape(term)}</dt><dd>${description}</dd>`);
  const family = site.families.get(network.family) ?? [];
  const siblings = neighbours(site, network).map(
    (other) => `<li><a href="${escape(relative(path, networkPath(site, lang, other.id)))}"${dataLang}>${escape(other.name)}</a></li>`,
  );
  const wholeFamily = `<p><a href="${relative(path, indexPath(lang))}#${network.family}">${escape(
    WORDS[lang].wholeFamily(valueLabel('family', network.family, lang), family.length),
  )}</a></p>`;
  const body = `<article>
<h1${dataLang}>${escape(network.name)}</h1>
<p class="meta">${escape(valueLabel('family', network.family, lang))} · ${escape(kind)}</p>
${text.join('\n')}
${rows.length ? `<dl>\n${rows.join('\n')}\n</dl>` : ''}
${network.updated ? `<p class="meta">${escape(strings.checkedOn(formatDate(network.updated, strings.locale)))}</p>` : ''}
</article>
<p><a href="${relative(path, indexPath(lang))}">${escape(strings.back)}</a></p>
${siblings.length ? `<nav aria-labelledby="same-family"><h2 id="same-family">${WORDS[lang].sameFamily}</h2>\n<ul>\n${siblings.join('\n')}\n</ul>\n${wholeFamily}</nav>` : ''}`;
  const head = `<script type="application/ld+json">\n${organization(network)}\n</script>\n`;
  return page(site, lang, path, `${network.name} — ${site.title[lang]}`, networkDescription(network, lang), body, head);
}

/** How long a meta description may be: search results show about this much. */
const DESCRIPTION_LENGTH = 160;

/**
 * A network's meta description: its summary; else its description's first paragraph, cut at a word
 * to what a search result shows; else its name, family and territories, in the page's words.
 */
function networkDescription(network: Network, lang: Lang): string {
  if (network.summary) return network.summary;
  const first = network.description ? (paragraphs(network.description)[0] ?? '') : '';
  if (first.length > DESCRIPTION_LENGTH) {
    const cut = first.slice(0, DESCRIPTION_LENGTH);
    const end = cut.search(/[\s,;:.!?]+\S*$/);
    return `${(end > 0 ? cut.slice(0, end) : cut.slice(0, DESCRIPTION_LENGTH - 1)).trimEnd()}…`;
  }
  if (first) return first;
  const territories = network.territories?.map((value) => valueLabel('territories', value, lang)).join(', ') ?? '';
  return WORDS[lang].networkDescription(network.name, valueLabel('family', network.family, lang), territories);
}

/** The index's list alone, for inside `<reseaupro-finder>`: links lead under `base` when it is given (see siteBase). */
function fragment(site: Site, lang: Lang, base: string): string {
  // Relative to the site's root, for both languages: the README says so, and a page that shows one
  // fragment sits where it could show the other.
  const link = (id: string) => base + networkPath(site, lang, id);
  // Its language said, for a page in another one that shows it (a bilingual site's one template).
  return `<nav lang="${lang}" aria-label="${escape(WORDS[lang].allNetworks)}">
${familyList(site, lang, link, 2, false)}
</nav>
`;
}

/** Whether siteBase's `base` is a path from the site's root, which gives the fragments' links and nothing else. */
export const isPath = (base: string) => base.startsWith('/');

/** What the host of a site-relative base is resolved against, to tell a path from an address in disguise (`/\evil.example`). */
const PLACEHOLDER_HOST = 'site.invalid';

/**
 * `--base-url` as the fragments' links begin, ending in `/`: an http(s) address
 * (`https://site.example/reseaux` gives `https://site.example/reseaux/`), or a path from the
 * site's root (`/reseaux` gives `/reseaux/`: links from the root of whatever site shows the
 * fragment, and no canonical or hreflang address for the pages, which want full ones). Undefined
 * for anything else, query and fragment included: links could not keep them.
 */
export function siteBase(value: string): string | undefined {
  // A bare `?` or `#` leaves URL's search and hash empty: the text itself is checked.
  if (/[?#]/.test(value)) return undefined;
  const fromRoot = value.startsWith('/') && !value.startsWith('//');
  let url: URL;
  try {
    url = fromRoot ? new URL(value, `https://${PLACEHOLDER_HOST}`) : new URL(value);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) return undefined;
  if (fromRoot && url.host !== PLACEHOLDER_HOST) return undefined;
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return fromRoot ? url.pathname : url.href;
}

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:46rem;padding:1rem;color:#1b1b1b;background:#fff}
a{color:#1d4f91}.top{font-size:.9rem;margin-bottom:1rem}.meta{color:#4f5661}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;min-width:0}
body{overflow-wrap:anywhere}
`;

/**
 * Every file of the site, by path from its root, made one at a time as the writer asks for it: the
 * site of a large directory is never held whole. `base`: siteBase's, for the fragments' links, and
 * when it is a full address, for the pages' canonical and hreflang ones.
 */
export function* staticSite(directory: Directory, base = ''): Generator<[path: string, content: string]> {
  const families = new Map<Family, Network[]>();
  for (const network of directory.networks) {
    const family = families.get(network.family);
    if (family) family.push(network);
    else families.set(network.family, [network]);
  }
  const positions = new Map<Network, number>();
  for (const family of families.values()) {
    family.sort((a, b) => compareInFrench(a.name, b.name));
    family.forEach((network, position) => positions.set(network, position));
  }
  const site: Site = {
    directory,
    names: pageNames(directory.networks.map((network) => network.id)),
    title: {
      fr: labelText(directory.title, 'fr') || STRINGS.fr.defaultTitle,
      en: labelText(directory.title, 'en') || STRINGS.en.defaultTitle,
    },
    titleLang: {
      fr: langAttribute(titleLang(directory.title, directory.lang, 'fr')),
      en: langAttribute(titleLang(directory.title, directory.lang, 'en')),
    },
    dataLang: { fr: langAttribute(dataLangMark(directory.lang, 'fr')), en: langAttribute(dataLangMark(directory.lang, 'en')) },
    families,
    positions,
    published: isPath(base) ? '' : base,
  };
  yield ['style.css', STYLE];
  for (const lang of ['fr', 'en'] as const) {
    yield [indexPath(lang), indexPage(site, lang)];
    yield [lang === 'fr' ? 'fragment.html' : 'en/fragment.html', fragment(site, lang, base)];
    for (const network of directory.networks) yield [networkPath(site, lang, network.id), networkPage(site, lang, network)];
  }
}

/**
 * What this command writes at the top of a site, and so replaces when it writes the site again:
 * index.html, fragment.html, style.css, reseaux/, en/ and the marker. Anything else a person put
 * there (a CNAME, a .htaccess, a robots.txt) is kept.
 */
const WRITTEN: ReadonlySet<string> = new Set([indexPath('fr'), 'fragment.html', 'style.css', WORDS.fr.networksDir, 'en', MARKER]);

/**
 * Writes the site into `dir`: a new or empty folder, or one this command wrote before. Returns false
 * when `dir` holds other files and no marker: nothing is written.
 *
 * The site is written into a new folder beside `dir`; the entries of `dir` that the command does not
 * write (WRITTEN) are moved into it (copied where they cannot be moved), and it then takes the place
 * of `dir` (the old one is renamed away, the new one renamed in, the old one removed): whatever fails
 * (a full disk), `dir` holds the whole old site or the whole new one, a person's own files with
 * either, and a network taken out of the data leaves no page behind. A failure throws the system's
 * error, once what was moved is back in `dir` and the new folder is removed.
 */
export function writeStaticSite(dir: string, files: Iterable<[path: string, content: string]>): boolean {
  // Through a link, the folder it leads to is the one replaced; the link stays.
  const published = existsSync(dir) ? realpathSync(dir) : resolve(dir);
  if (existsSync(published) && readdirSync(published).length && !existsSync(join(published, MARKER))) return false;
  const parent = dirname(published);
  mkdirSync(parent, { recursive: true });
  const fresh = join(parent, `.${basename(published)}.reseaupro-${String(process.pid)}-${Date.now().toString(36)}`);
  const old = `${fresh}-old`;
  mkdirSync(fresh);
  /** The person's entries moved (not copied) into the new folder: back into the old one if the swap fails. */
  const moved: string[] = [];
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(fresh, path)), { recursive: true });
      writeFileSync(join(fresh, path), content);
    }
    writeFileSync(join(fresh, MARKER), 'Written by npx reseaupro-finder html: what it writes here is rewritten each time.\n');
    if (!existsSync(published)) {
      renameSync(fresh, published);
      return true;
    }
    for (const name of readdirSync(published)) {
      if (WRITTEN.has(name) || existsSync(join(fresh, name))) continue;
      try {
        renameSync(join(published, name), join(fresh, name));
        moved.push(name);
      } catch {
        cpSync(join(published, name), join(fresh, name), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      }
    }
    chmodSync(fresh, statSync(published).mode);
    renameSync(published, old);
    try {
      renameSync(fresh, published);
    } catch (error) {
      renameSync(old, published);
      throw error;
    }
  } catch (error) {
    let restored = true;
    for (const name of moved) {
      try {
        renameSync(join(fresh, name), join(published, name));
      } catch {
        restored = false;
      }
    }
    // A file of the person's that would not go back stays in the new folder, left beside, never removed.
    if (restored) {
      try {
        rmSync(fresh, { recursive: true, force: true });
      } catch {
        // Left beside: the error to tell is the first one.
      }
    }
    throw error;
  }
  try {
    rmSync(old, { recursive: true, force: true });
  } catch {
    // The new site is in place: an old one that will not go is only a hidden folder left beside.
  }
  return true;
}
