import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold, compareInFrench, formatDate, formatNumber, labelText, paragraphs, simpleOrder, wholeNumber } from '../../src/core/text.js';
import type { Label, Lang } from '../../src/core/types.js';

describe('fold', () => {
  const cases: [string, string][] = [
    ['Économie', 'economie'],
    ['ÉCONOMIE', 'economie'],
    ['Ça bouge', 'ca bouge'],
    ['Noël à Aix-en-Provence', 'noel a aix-en-provence'],
    ['Bouches-du-Rhône', 'bouches-du-rhone'],
    ['déjà', 'deja'],
    ['BTP', 'btp'],
  ];
  for (const [text, folded] of cases) {
    it(`reads "${text}" as "${folded}"`, () => {
      expect(fold(text)).to.equal(folded);
    });
  }

  it('reads a precomposed and a decomposed accent alike', () => {
    expect(fold('e\u0301conomie')).to.equal(fold('\u00e9conomie'));
  });
});

describe('labelText', () => {
  const cases: [string, Label | undefined, Lang, string][] = [
    ['a plain text, in French', 'Quel budget ?', 'fr', 'Quel budget ?'],
    ['a plain text, in English too', 'Quel budget ?', 'en', 'Quel budget ?'],
    ['the French text in French', { fr: 'Où ?', en: 'Where?' }, 'fr', 'Où ?'],
    ['the English text in English', { fr: 'Où ?', en: 'Where?' }, 'en', 'Where?'],
    ['French when English is missing', { fr: 'Où ?' }, 'en', 'Où ?'],
    ['English when French is missing', { en: 'Where?' }, 'fr', 'Where?'],
    ['nothing for no label', undefined, 'fr', ''],
    ['nothing for an empty label', {}, 'en', ''],
  ];
  for (const [what, label, lang, text] of cases) {
    it(`gives ${what}`, () => {
      expect(labelText(label, lang)).to.equal(text);
    });
  }
});

describe('compareInFrench', () => {
  it('sorts accented capitals with their letter', () => {
    expect(['Zoé', 'Étang', 'eau', 'Arles'].sort(compareInFrench)).to.deep.equal(['Arles', 'eau', 'Étang', 'Zoé']);
  });
});

describe('simpleOrder', () => {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  // The characters of names and places, and a few it must leave to the collator.
  const character = fc.constantFrom(..."aAbzZéÉèçÇœŒ ÿ-_,.'’0019&«/\u0000\u0301\u0363\u036f\u00a0ıß".split(''));
  const text = fc.array(character, { maxLength: 12 }).map((characters) => characters.join(''));
  // Long numbers too, around the length past which the collator is left to order them.
  const number = fc.stringMatching(/^0{0,3}[1-9][0-9]{10,17}$/);
  const textWithNumber = fc.tuple(text, number, text).map((parts) => parts.join(''));

  it('orders as the French collator does, or leaves the pair to it', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const order = simpleOrder(a, b);
        if (order !== undefined) expect(Math.sign(order), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).to.equal(collator.compare(a, b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('orders texts that begin with different letters of A to Z by those letters alone, whatever follows, as the collator does', () => {
    const letter = fc.constantFrom(...'aAbBmMzZ'.split(''));
    const begun = fc.tuple(letter, text).map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(begun, begun, (a, b) => {
        fc.pre(a[0].toLowerCase() !== b[0].toLowerCase());
        // Defined even when what follows is left to the collator (« & », a control character, a long number).
        expect(Math.sign(simpleOrder(a, b) ?? Number.NaN), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).to.equal(collator.compare(a, b));
      }),
      { numRuns: 5_000 },
    );
  });

  it('orders long numbers as the collator does, or leaves them to it', () => {
    fc.assert(
      fc.property(textWithNumber, textWithNumber, (a, b) => {
        const order = simpleOrder(a, b);
        if (order !== undefined) expect(Math.sign(order), `${a} / ${b}`).to.equal(collator.compare(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the combining small letters to the collator: they are letters to it, not accents', () => {
    expect(simpleOrder('a\u0363', 'a')).to.equal(undefined);
    expect(simpleOrder('b\u0363', 'ba')).to.equal(undefined);
  });

  it('knows the usual names and places, numbers by value', () => {
    const names = [
      'Club 13',
      'Club 2',
      'club des Dirigeants',
      'Club-Entreprises',
      "Club d'Aix",
      "CLUB D'ARLES",
      "Berre-l'Étang",
      'Éoures',
      'Eguilles',
      'Club 002',
    ];
    const sorted = [...names].sort((a, b) => simpleOrder(a, b) ?? Number.NaN);
    expect(sorted).to.deep.equal([...names].sort(collator.compare));
    for (const a of names) for (const b of names) expect(simpleOrder(a, b), `${a} / ${b}`).not.to.equal(undefined);
  });

  it('leaves what it does not know to the collator', () => {
    expect(simpleOrder('Réseau & Co', 'Réseau et Co')).to.equal(undefined);
    expect(simpleOrder('Straße', 'Strasse')).to.equal(undefined);
    expect(simpleOrder('Club 1234567890123456', 'Club 2')).to.equal(undefined);
    // The characters after the end of the shorter text count too.
    expect(simpleOrder('abc', 'abc«')).to.equal(undefined);
    expect(compareInFrench('Réseau & Co', 'Réseau et Co')).to.equal(collator.compare('Réseau & Co', 'Réseau et Co'));
  });
});

describe('formatNumber', () => {
  it('writes whole numbers as Intl does, in the interface locales', () => {
    const number = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -20_000, max: 20_000 }), fc.constant(-0));
    for (const locale of ['fr', 'fr-FR', 'en', 'en-GB']) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 5 });
      fc.assert(
        fc.property(number, (value) => {
          expect(formatNumber(value, locale)).to.equal(intl.format(value));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('leaves fractions and other locales to Intl', () => {
    expect(formatNumber(2.5, 'fr')).to.equal('2,5');
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(1234, 'de')).to.equal(new Intl.NumberFormat('de', { maximumFractionDigits: 5 }).format(1234));
    expect(formatNumber(1234, 'fr')).to.equal('1\u202f234');
  });
});

describe('formatDate', () => {
  it('writes the years before 100 as they are, not as 19xx', () => {
    expect(formatDate('0050-06-01', 'fr')).to.equal('1er juin 50');
    expect(formatDate('0050-06-01', 'en-GB')).to.equal('1 June 50');
    expect(formatDate('0050-06-01', 'de')).to.contain('50').and.not.contain('1950');
  });

  it('writes dates as Intl does, in the interface locales, but for the French "1er" of the first of a month', () => {
    const day = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') });
    for (const locale of ['fr', 'fr-FR', 'en-GB']) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      fc.assert(
        fc.property(day, (date) => {
          const iso = date.toISOString().slice(0, 10);
          const written = intl.format(new Date(`${iso}T00:00:00Z`));
          expect(formatDate(iso, locale)).to.equal(locale.startsWith('fr') ? written.replace(/^1 /, '1er ') : written);
        }),
        { numRuns: 500 },
      );
    }
  });

  const cases: [string, string, string][] = [
    ['2026-11-01', 'fr-FR', '1er novembre 2026'],
    ['2026-11-11', 'fr-FR', '11 novembre 2026'],
    ['2026-11-21', 'fr-FR', '21 novembre 2026'],
    ['2026-11-01', 'en-GB', '1 November 2026'],
    ['2024-02-29', 'fr-FR', '29 février 2024'],
    ['2025-12-31', 'en-GB', '31 December 2025'],
    ['2026-01-01T23:30:00-05:00', 'fr-FR', '1er janvier 2026'],
  ];
  for (const [iso, locale, text] of cases) {
    it(`shows ${iso} as "${text}" in ${locale}`, () => {
      expect(formatDate(iso, locale)).to.equal(text);
    });
  }

  const kept = ['novembre 2026', '01/11/2026', '2026-11', '', 'bientôt', '2026-02-30', '2026-13-01', '2026-00-10'];
  for (const text of kept) {
    it(`shows ${JSON.stringify(text)}, which is no ISO date, as it is`, () => {
      expect(formatDate(text, 'fr-FR')).to.equal(text);
    });
  }
});

describe('paragraphs', () => {
  const cases: [string, string, string[]][] = [
    ['splits on a blank line', 'Premier.\n\nSecond.', ['Premier.', 'Second.']],
    ['keeps a single line break inside a paragraph', 'Ligne un\nligne deux', ['Ligne un\nligne deux']],
    ['treats a line of spaces as blank', 'Premier.\n   \t\nSecond.', ['Premier.', 'Second.']],
    ['reads several blank lines as one break', 'Premier.\n\n\n\nSecond.', ['Premier.', 'Second.']],
    ['trims each paragraph', '  Premier.  \n\n  Second.  ', ['Premier.', 'Second.']],
    ['splits Windows line ends alike', 'Premier.\r\n\r\nSecond.\r\nSuite.', ['Premier.', 'Second.\r\nSuite.']],
    ['gives nothing for empty text', '', []],
    ['gives nothing for blank lines only', '\n\n  \n', []],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      expect(paragraphs(text)).to.deep.equal(expected);
    });
  }
});

describe('wholeNumber', () => {
  it('reads an attribute as a whole number within its bounds, a fraction rounded down, anything else as the default', () => {
    const timeout = (value: unknown) => wholeNumber(value, 1, 3600, 15);
    expect([timeout('30'), timeout(30), timeout('2.9'), timeout('3600'), timeout('1')]).to.deep.equal([30, 30, 2, 3600, 1]);
    expect([
      timeout('3601'),
      timeout('0.5'),
      timeout('0'),
      timeout('-4'),
      timeout('abc'),
      timeout(''),
      timeout(null),
      timeout(NaN),
      timeout('Infinity'),
    ]).to.deep.equal([15, 15, 15, 15, 15, 15, 15, 15, 15]);
  });
});
