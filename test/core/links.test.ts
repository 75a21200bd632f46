import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emailHref, feedbackHref, messageHref, phoneHref, shownAddress, websiteHref } from '../../src/core/links.js';

/** Schemes a record might try to smuggle in: none may become a link. */
const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  '  javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://ftp.exemple.fr/fichier',
  'file:///etc/passwd',
  'blob:https://exemple.fr/1234',
];

describe('websiteHref', () => {
  const links: [string, string][] = [
    ['https://cpme13.exemple.fr', 'https://cpme13.exemple.fr/'],
    ['http://www.exemple.fr/reseau?id=3', 'http://www.exemple.fr/reseau?id=3'],
    ['  https://exemple.fr/  ', 'https://exemple.fr/'],
    ['www.exemple.fr', 'https://www.exemple.fr/'],
    ['exemple.fr', 'https://exemple.fr/'],
    ['exemple.fr/contact', 'https://exemple.fr/contact'],
    ['réseau-entreprises.fr', 'https://xn--rseau-entreprises-btb.fr/'],
  ];
  for (const [text, href] of links) {
    it(`links "${text}" to ${href}`, () => {
      expect(websiteHref(text)).to.equal(href);
    });
  }

  for (const text of UNSAFE) {
    it(`makes no link of ${JSON.stringify(text)}`, () => {
      expect(websiteHref(text)).to.equal(undefined);
    });
  }

  const notLinks = ['', 'voir notre page Facebook', '//exemple.fr', 'exemple', 'https://', 'mailto:contact@exemple.fr'];
  for (const text of notLinks) {
    it(`makes no link of ${JSON.stringify(text)}`, () => {
      expect(websiteHref(text)).to.equal(undefined);
    });
  }

  // The text shown is the record's: "https://www.banque.fr@evil.example" reads as the bank's site and opens evil.example.
  for (const text of ['https://www.banque.fr@evil.example/', 'https://user:pass@exemple.fr', 'http://:secret@exemple.fr/']) {
    it(`makes no link of ${JSON.stringify(text)}, an address with a user or a password`, () => {
      expect(websiteHref(text)).to.equal(undefined);
      expect(feedbackHref(text, { subject: '', body: '' })).to.equal(undefined);
    });
  }

  it('only ever links to http or https, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...UNSAFE)), (text) => {
        const href = websiteHref(text);
        if (href !== undefined) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:']);
      }),
    );
  });
});

describe('shownAddress', () => {
  it('shows an address as written, accents and all, when its host is in Latin letters or it is no link', () => {
    for (const text of [
      'раураl',
      'javascript:alert(1)',
      'https://www.exemple.fr/adhérer',
      'www.réseau-entreprendre.fr',
      'HTTP://Exemple.FR:8080/a?b#c',
      'exemple.fr/по-русски',
    ])
      expect(shownAddress(text)).to.equal(text);
  });

  it('shows the address the link opens, its host in ASCII, when letters of another script could pass for Latin ones', () => {
    // "раураl" is Cyrillic but for its "l"; "ех" in "ехemple" is Cyrillic; "ὀ" is Greek.
    expect(shownAddress('https://www.раураl.fr/connexion')).to.equal('https://www.xn--l-7sba6dbr.fr/connexion');
    expect(shownAddress('ехemple.fr')).to.equal('https://xn--emple-ywe6i.fr/');
    expect(shownAddress('https://gὀogle.fr')).to.match(/^https:\/\/xn--/);
  });

  it('does so too for Latin letters that are no a to z, accented or not, and pass for one: ı, ɑ, ɡ, ł, full-width ｅ', () => {
    // Each opens another site than the one a reader types from the printed or e-mailed selection.
    expect(shownAddress('https://www.lınkedin.com/in/x')).to.equal('https://www.xn--lnkedin-rfb.com/in/x');
    expect(shownAddress('www.pɑypal.fr')).to.equal('https://www.xn--pypal-0jc.fr/');
    expect(shownAddress('https://ɡoogle.fr')).to.match(/^https:\/\/xn--/);
    expect(shownAddress('https://www.ałlianz.fr')).to.match(/^https:\/\/www\.xn--/);
    expect(shownAddress('https://ｅvil.example')).to.equal('https://evil.example/');
    // Accents on a to z are read as such: kept as written.
    expect(shownAddress('https://www.réseau-entreprendre.fr')).to.equal('https://www.réseau-entreprendre.fr');
  });
});

describe('emailHref', () => {
  const links: [string, string][] = [
    ['contact@cpme13.exemple.fr', 'mailto:contact@cpme13.exemple.fr'],
    ['  contact@exemple.fr ', 'mailto:contact@exemple.fr'],
    ['mailto:contact@exemple.fr', 'mailto:contact@exemple.fr'],
    ['MAILTO:contact@exemple.fr', 'mailto:contact@exemple.fr'],
    ['prenom.nom+reseau@exemple.fr', 'mailto:prenom.nom+reseau@exemple.fr'],
  ];
  for (const [text, href] of links) {
    it(`links "${text}" to ${href}`, () => {
      expect(emailHref(text)).to.equal(href);
    });
  }

  const notLinks = [
    '',
    'contact',
    'contact@exemple',
    '@exemple.fr',
    'contact @exemple.fr',
    'javascript:alert(1)//@exemple.fr',
    '<a@b.fr>',
    // A message's fields smuggled into the address: a hidden copy to someone else, a body written for the person.
    'contact@exemple.fr?bcc=espion%40ailleurs.fr',
    'contact@exemple.fr?body=Envoyez%20votre%20RIB',
    'contact%40exemple.fr@ailleurs.fr',
    'contact@exemple.fr#x',
    ...UNSAFE,
  ];
  for (const text of notLinks) {
    it(`makes no link of ${JSON.stringify(text)}`, () => {
      expect(emailHref(text)).to.equal(undefined);
    });
  }

  it('only ever links with mailto, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.emailAddress(), fc.constantFrom(...UNSAFE)), (text) => {
        const href = emailHref(text);
        // An address and nothing else: no header field (?) nor encoded character (%) a mail client would read.
        if (href !== undefined) expect(href).to.match(/^mailto:[^\s:?%#]+$/);
      }),
    );
  });
});

describe('phoneHref', () => {
  const links: [string, string][] = [
    ['04 91 00 00 01', 'tel:0491000001'],
    ['04.91.00.00.01', 'tel:0491000001'],
    ['04-91-00-00-01', 'tel:0491000001'],
    ['0491000001', 'tel:0491000001'],
    ['+33 4 91 00 00 01', 'tel:+33491000001'],
    ['+33 (0)4 91 00 00 01', 'tel:+33491000001'],
    ['+33(0)491000001', 'tel:+33491000001'],
    ['tel:+33491000001', 'tel:+33491000001'],
    ['(04) 91 00 00 01', 'tel:0491000001'],
    ['3975', 'tel:3975'],
    // The longest a number can be (E.164: 15 digits), and from abroad with 00.
    ['+44 20 7946 0958 123', 'tel:+442079460958123'],
    ['00 33 4 91 00 00 01', 'tel:0033491000001'],
  ];
  for (const [text, href] of links) {
    it(`links "${text}" to ${href}`, () => {
      expect(phoneHref(text)).to.equal(href);
    });
  }

  const notLinks = [
    '',
    'sur rendez-vous',
    '04 91 00 00 01 poste 12',
    '12',
    '04 91 00 00 0l',
    // Two numbers, as a spreadsheet's cell holds them: their digits run together are nobody's number.
    '04 91 00 00 01 / 06 12 34 56 78',
    '04.91.00.00.01 - 06.12.34.56.78',
    '+33 4 91 00 00 01 / +33 6 12 34 56 78',
    ...UNSAFE,
  ];
  for (const text of notLinks) {
    it(`makes no link of ${JSON.stringify(text)}`, () => {
      expect(phoneHref(text)).to.equal(undefined);
    });
  }

  it('only ever links to a tel: of digits, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[\d .()-]{3,20}$/), fc.constantFrom(...UNSAFE)), (text) => {
        const href = phoneHref(text);
        if (href !== undefined) expect(href).to.match(/^tel:\+?\d+$/);
      }),
    );
  });
});

/** Any UTF-16 code unit, a lone half of a pair included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

describe('messageHref', () => {
  const message = { subject: 'Participer à une rencontre', body: 'Bonjour,\n\n1 + 1 & co = 2 ?' };

  it('writes the subject and body into the mailto link, every reserved character encoded', () => {
    const href = messageHref('contact@cpme13.exemple.fr', message)!;
    expect(href).to.equal(
      'mailto:contact@cpme13.exemple.fr?subject=Participer%20%C3%A0%20une%20rencontre&body=Bonjour%2C%0A%0A1%20%2B%201%20%26%20co%20%3D%202%20%3F',
    );
    const url = new URL(href);
    expect(decodeURIComponent(url.search.split('&body=')[1])).to.equal(message.body);
  });

  it('property: writes any subject and body, half of a pair included (a name in the data may hold one), which reads back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit }), fc.string({ unit: codeUnit }), (subject, body) => {
        const href = messageHref('contact@cpme13.exemple.fr', { subject, body })!;
        const [, written, writtenBody] = /^mailto:contact@cpme13\.exemple\.fr\?subject=([^&]*)&body=([^&]*)$/.exec(href)!;
        // A lone half of a pair cannot be percent-encoded: it is written U+FFFD, as a browser writes it.
        const shown = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        // A subject is one line: a line break in it is a space (see below).
        expect(decodeURIComponent(written)).to.equal(shown(subject).replace(/[\r\n]+/g, ' '));
        expect(decodeURIComponent(writtenBody)).to.equal(shown(body));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a subject on one line: a name holding a line break adds no header (Bcc) to the message', () => {
    const href = messageHref('contact@cpme13.exemple.fr', {
      subject: 'Erreur sur la fiche « Club\r\nBcc: x@evil.example\nX: y »',
      body: 'Bonjour,\n\nMerci.',
    })!;
    const query = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(query.get('subject')).to.equal('Erreur sur la fiche « Club Bcc: x@evil.example X: y »');
    expect(query.get('body')).to.equal('Bonjour,\n\nMerci.');
  });

  it('makes no link from an address that is not one', () => {
    expect(messageHref('javascript:alert(1)', message)).to.equal(undefined);
    expect(messageHref('contact@', message)).to.equal(undefined);
  });
});

describe('feedbackHref', () => {
  const message = { subject: 'Erreur', body: 'À corriger' };

  it('writes a message to an address, with or without mailto:', () => {
    expect(feedbackHref('reseaux@cci.example', message)).to.equal('mailto:reseaux@cci.example?subject=Erreur&body=%C3%80%20corriger');
    expect(feedbackHref('mailto:reseaux@cci.example', message)).to.match(/^mailto:reseaux@cci\.example\?subject=/);
  });

  it('links an https page as it is, and nothing else', () => {
    expect(feedbackHref('https://cci.example/signaler', message)).to.equal('https://cci.example/signaler');
    for (const bad of ['http://cci.example/signaler', 'javascript:alert(1)', 'data:text/html,x', 'ftp://cci.example', '']) {
      expect(feedbackHref(bad, message), bad).to.equal(undefined);
    }
  });
});
