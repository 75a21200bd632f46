import { expect } from '@open-wc/testing';
import { $, $$, finderWith, nextEvent, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, NETWORKS } from '../fixtures.js';

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
    const el = await finderWith(DOCUMENT);
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
      'Lieu de rencontre': 'latitude 43,2965, longitude 5,3698',
      'Mots-clés': 'patronat',
      'Site web': 'https://cpme13.exemple.fr',
      Courriel: 'contact@cpme13.exemple.fr',
      Téléphone: '04 91 00 00 01',
      Adresse: '8 rue Grignan, 13001 Marseille',
    });
    expect($$<HTMLAnchorElement>(el, '.fields a').map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://cpme13.exemple.fr/',
      'mailto:contact@cpme13.exemple.fr',
      'tel:0491000001',
    ]);
  });

  it('marks a short profile and leaves out what the record does not say', async () => {
    const el = await finderWith(DOCUMENT);
    await open(el, "Club BTP du Pays d'Aubagne");
    expect(text($(el, '[part="profile"] .meta'))).to.equal('Réseau métier · Fiche courte');
    expect(Object.keys(fields(el))).to.deep.equal(['Ce que le réseau apporte', 'Secteurs', 'Territoires', 'Rencontres']);
    expect(text($(el, '[part="profile"]'))).not.to.include('vérifiée');
  });

  it('makes links only for http(s), mailto and tel; anything else stays text', async () => {
    const el = await finderWith([
      {
        ...NETWORKS[2],
        contact: { website: 'javascript:alert(1)', email: 'data:text/html,<b>x</b>', phone: 'vbscript:msgbox' },
      },
    ]);
    await open(el, "Club BTP du Pays d'Aubagne");
    expect($$(el, '[part="profile"] a')).to.deep.equal([]);
    expect(fields(el)['Site web']).to.equal('javascript:alert(1)');
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
