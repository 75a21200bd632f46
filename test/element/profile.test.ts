import { expect } from '@open-wc/testing';
import { $, $$, finderWith, nextEvent, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, french, makeNetwork, NETWORKS } from '../fixtures.js';

const open = async (el: ReseauproFinder, name: string) => {
  const button = $$(el, '.result h4 button').find((item) => text(item) === name)!;
  button.click();
  await el.updateComplete;
  await el.updateComplete;
  return button;
};

const fields = (el: ReseauproFinder) => Object.fromEntries($$(el, '.fields dt').map((term) => [text(term), text(term.nextElementSibling)]));

describe('<reseaupro-finder> profile', () => {
  it('shows every field present of a detailed profile, and when it was checked', async () => {
    const el = await finderWith({ ...DOCUMENT, places: { Marseille: { lat: 43.2965, lon: 5.3698 }, Arles: { lat: 43.68, lon: 4.63 } } });
    await open(el, 'CPME des Bouches-du-Rhône');
    const profile = $(el, '[part="profile"]')!;
    expect(text(profile.querySelector('h3'))).to.equal('CPME des Bouches-du-Rhône');
    expect(text(profile.querySelector('.meta'))).to.equal('Réseau sectoriel · Fiche détaillée');
    expect([...profile.querySelectorAll('p')].map(text)).to.include.members([
      'Défend les intérêts des TPE et PME auprès des pouvoirs publics.',
      "Organise chaque mois des petits-déjeuners d'information économique.",
      'Fiche vérifiée le 15 septembre 2026',
    ]);
    expect(fields(el)).to.deep.equal({
      'Ce que le réseau apporte': "Information économique, Représentation, lobbying, Carnet d'adresses",
      'Pour qui': 'TPE (0 à 9 salariés), PME (10 à 100 salariés)',
      Secteurs: 'Commerce, Industrie',
      Territoires: 'Bouches-du-Rhône',
      Rencontres: 'Chaque mois',
      'Cotisation annuelle': 'De 200 à 500 €',
      Membres: 'environ 1 200 entreprises',
      'Créé en': '1946',
      'Mots-clés': 'patronat',
      // The contacts, in the next step, before the description.
      Courriel: 'contact@cpme13.exemple.fr',
      Adresse: '8 rue Grignan, 13001 Marseille',
    });
    expect($$<HTMLAnchorElement>(el, '.actions a').map((link) => [text(link), link.getAttribute('href')?.split('?')[0]])).to.deep.equal([
      ['Contacter ce réseau', 'mailto:contact@cpme13.exemple.fr'],
      ['Site web (nouvelle fenêtre)', 'https://cpme13.exemple.fr/'],
      ['Appeler le 04 91 00 00 01', 'tel:0491000001'],
    ]);
    expect(text(profile).indexOf('Prendre contact')).to.be.lessThan(text(profile).indexOf('Défend les intérêts'));
    expect($$(el, '[part="back-button"]'), 'a Back button at the top and at the bottom').to.have.length(2);
  });

  it('writes, behind "Contacter ce réseau", an e-mail from a firm that would like to come to a meeting as a guest', async () => {
    for (const [lang, subject, phrase] of [
      ['fr', 'Participer à une rencontre de CPME des Bouches-du-Rhône', "en tant qu'invitée"],
      ['en', 'Attending a meeting of CPME des Bouches-du-Rhône', 'as a guest'],
    ]) {
      const el = await finderWith(DOCUMENT, `lang=${lang}`);
      await open(el, 'CPME des Bouches-du-Rhône');
      const href = $<HTMLAnchorElement>(el, '.actions a.primary')!.href;
      const params = new URLSearchParams(href.split('?')[1].replaceAll('+', '%2B'));
      expect(params.get('subject')).to.equal(subject);
      expect(params.get('body')).to.include(phrase);
    }
  });

  it('offers "Adhérer / assister à une rencontre" when the record has a joinUrl, saying it opens a new window', async () => {
    const el = await finderWith([{ ...NETWORKS[2], contact: { joinUrl: 'https://btp-aubagne.exemple.fr/visite' } }]);
    await open(el, "Club BTP du Pays d'Aubagne");
    const join = $<HTMLAnchorElement>(el, '.actions a')!;
    expect(text(join)).to.equal('Adhérer / assister à une rencontre (nouvelle fenêtre)');
    expect(join).to.include({ href: 'https://btp-aubagne.exemple.fr/visite', target: '_blank' });
  });

  it('fires reseaupro-contact with the channel of each contact link followed', async () => {
    const el = await finderWith([{ ...NETWORKS[0], contact: { ...NETWORKS[0].contact, joinUrl: 'https://cpme13.exemple.fr/adherer' } }]);
    await open(el, 'CPME des Bouches-du-Rhône');
    const channels: unknown[] = [];
    el.addEventListener('reseaupro-contact', (event) => channels.push(event.detail));
    // A host page's own listener sees it outside the shadow root; the links are not followed here.
    const stop = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', stop);
    for (const link of $$(el, '[part="profile"] a')) link.click();
    el.shadowRoot!.removeEventListener('click', stop);
    expect(channels).to.deep.equal([
      { id: 'cpme-13', channel: 'email' },
      { id: 'cpme-13', channel: 'join' },
      { id: 'cpme-13', channel: 'website' },
      { id: 'cpme-13', channel: 'phone' },
      { id: 'cpme-13', channel: 'email' },
    ]);
  });

  it('fires reseaupro-contact for a contact link opened in a new tab with the middle button, not for a right click', async () => {
    const el = await finderWith([NETWORKS[0]]);
    await open(el, 'CPME des Bouches-du-Rhône');
    const channels: unknown[] = [];
    el.addEventListener('reseaupro-contact', (event) => channels.push(event.detail));
    const site = $(el, '[part="profile"] .actions a[data-channel="website"]')!;
    // A middle click makes no click event, only an auxclick: the link opens in a new tab all the same.
    site.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    site.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
    expect(channels).to.deep.equal([{ id: 'cpme-13', channel: 'website' }]);
  });

  it('says where a network meets as its address, or the nearest commune, never as a latitude', async () => {
    const places = { Arles: { lat: 43.6766, lon: 4.6278 }, Aubagne: { lat: 43.2927, lon: 5.5708 } };
    const el = await finderWith({ places, networks: [{ ...NETWORKS[3], geo: { lat: 43.68, lon: 4.63 } }] }, 'near="Aubagne"');
    await open(el, 'Entrepreneurs du Pays d’Arles');
    expect(fields(el)['Lieu de rencontre']).to.equal("près d'Arles, à 87 km");
    expect(text($(el, '[part="profile"]'))).not.to.match(/latitude|43[.,]68/);
  });

  it('offers to report an error in the profile, and to propose a network, when the document gives feedback', async () => {
    const el = await finderWith({ feedback: 'reseaux@cci.example', networks: NETWORKS });
    expect(text($(el, '.footnote a'))).to.equal('Proposer un réseau');
    await open(el, 'CPME des Bouches-du-Rhône');
    const report = $<HTMLAnchorElement>(el, '.feedback a')!;
    expect(text(report)).to.equal('Signaler une erreur sur cette fiche');
    const params = new URLSearchParams(report.href.split('?')[1]);
    expect(report.href).to.match(/^mailto:reseaux@cci\.example\?/);
    expect(params.get('subject')).to.equal(french('Erreur sur la fiche « CPME des Bouches-du-Rhône » (cpme-13)'));
    await expect(el).to.be.accessible();
    const page = await finderWith({ feedback: 'https://cci.example/signaler', networks: NETWORKS }, 'lang="en"');
    await open(page, 'CPME des Bouches-du-Rhône');
    expect($<HTMLAnchorElement>(page, '.feedback a')).to.include({ href: 'https://cci.example/signaler', target: '_blank' });
    const plain = await finderWith(DOCUMENT);
    await open(plain, 'CPME des Bouches-du-Rhône');
    expect($(plain, '.feedback')).to.equal(null);
  });

  it('marks a short profile and leaves out what the record does not say', async () => {
    const el = await finderWith(DOCUMENT);
    await open(el, "Club BTP du Pays d'Aubagne");
    expect(text($(el, '[part="profile"] .meta'))).to.equal('Réseau métier · Fiche courte');
    expect(Object.keys(fields(el))).to.deep.equal(['Ce que le réseau apporte', 'Secteurs', 'Territoires', 'Rencontres']);
    expect($(el, '.next-step'), 'no contact, no next step').to.equal(null);
    expect(text($(el, '[part="profile"]'))).not.to.include('vérifiée');
  });

  it('makes links only for http(s), mailto and tel; anything else stays text', async () => {
    const el = await finderWith([
      {
        ...NETWORKS[2],
        contact: {
          website: 'javascript:alert(1)',
          email: 'data:text/html,<b>x</b>',
          phone: 'vbscript:msgbox',
          joinUrl: 'Sur demande au président, à chaque rencontre',
        },
      },
    ]);
    await open(el, "Club BTP du Pays d'Aubagne");
    expect($$(el, '[part="profile"] a')).to.deep.equal([]);
    expect(fields(el)['Site web']).to.equal('javascript:alert(1)');
    expect(fields(el)['Courriel']).to.equal('data:text/html,<b>x</b>');
    expect(fields(el)['Adhérer / assister à une rencontre'], 'how to join, written as text').to.equal(
      'Sur demande au président, à chaque rencontre',
    );
  });

  it('fires reseaupro-select, moves focus to the profile, and Back returns to the same list and focus', async () => {
    const el = await finderWith(DOCUMENT, 'page-size="2"');
    $(el, '[part="show-more"]')!.click();
    await el.updateComplete;
    const select = nextEvent(el, 'reseaupro-select');
    await open(el, "Cercle numérique d'Aix");
    expect(await select).to.deep.equal({ id: 'numerique-aix' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('profile-title');
    $(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(4);
    expect(text(el.shadowRoot!.activeElement)).to.equal("Cercle numérique d'Aix");
  });

  it('with sync-url, goes back to the same list after "Afficher plus", focus on the same network, by its Back button or Escape', async () => {
    const start = location.href;
    try {
      for (const leave of ['back button', 'Escape']) {
        const el = await finderWith(DOCUMENT, 'layout="all" page-size="2" sync-url');
        $(el, '[part="show-more"]')!.click();
        await el.updateComplete;
        expect($$(el, '.result'), leave).to.have.length(4);
        await open(el, "Cercle numérique d'Aix");
        const closed = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        if (leave === 'Escape')
          $(el, '#profile-title')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        else $(el, '[part="back-button"]')!.click();
        await closed;
        await el.updateComplete;
        await el.updateComplete;
        // The list went back to its first page and focus to its heading: the person's place was lost.
        expect($$(el, '.result'), leave).to.have.length(4);
        expect(text(el.shadowRoot!.activeElement), leave).to.equal("Cercle numérique d'Aix");
      }
    } finally {
      history.replaceState(null, '', start.split('#')[0]);
    }
  });

  it('closes on Escape, back to the network it came from', async () => {
    const el = await finderWith(DOCUMENT);
    await open(el, 'Entrepreneurs du Pays d’Arles');
    $(el, '#profile-title')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="profile"]')).to.equal(null);
    expect(text(el.shadowRoot!.activeElement)).to.equal('Entrepreneurs du Pays d’Arles');
  });
});

describe('<reseaupro-finder> profile without a usable contact', () => {
  it('shows no empty "Prendre contact" when a network’s only contact is a link it cannot make: its text, no link', async () => {
    const el = await finderWith([makeNetwork('x', { contact: { joinUrl: 'javascript:alert(1)' } })], 'layout="all"');
    $(el, '.result .link')!.click();
    await el.updateComplete;
    expect(Boolean($(el, '[part="profile"]'))).to.equal(true);
    expect(text($(el, '.next-step dl'))).to.equal('Adhérer / assister à une rencontre javascript:alert(1)');
    expect($$(el, '[part="profile"] a').filter((a) => a.getAttribute('href')?.startsWith('javascript'))).to.have.length(0);
  });
});
