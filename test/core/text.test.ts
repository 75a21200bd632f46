import { expect } from '@open-wc/testing';
import { fold, compareInFrench, formatDate, labelText, paragraphs } from '../../src/core/text.js';
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

describe('formatDate', () => {
  const cases: [string, string, string][] = [
    ['2026-11-01', 'fr-FR', '1 novembre 2026'],
    ['2026-11-01', 'en-GB', '1 November 2026'],
    ['2024-02-29', 'fr-FR', '29 février 2024'],
    ['2025-12-31', 'en-GB', '31 December 2025'],
    ['2026-01-01T23:30:00-05:00', 'fr-FR', '1 janvier 2026'],
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
