import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, $$, finderWith, optionInput, resultNames, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

/** The button of the steps layout whose text starts with `label`. */
function button(el: ReseauproFinder, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((item) => text(item).startsWith(label));
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

/** The questions a person can see: their legends. */
const visibleQuestions = (el: ReseauproFinder) => $$(el, 'fieldset').filter((fieldset) => !fieldset.hidden);

const focused = (el: ReseauproFinder) => el.shadowRoot!.activeElement;

async function go(el: ReseauproFinder, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

describe('<reseaupro-finder layout="steps">', () => {
  it('shows one question at a time: its legend as the heading, "Question 1 sur 6", a bar, and the live count', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    expect(visibleQuestions(el)).to.have.length(1);
    expect(text($(el, '#step-heading'))).to.equal("Qu'attendez-vous d'un réseau ?");
    expect(text($(el, '.step-progress'))).to.equal('Question 1 sur 6');
    expect($<HTMLProgressElement>(el, 'progress')).to.include({ max: 6, value: 1 });
    expect(text($(el, '.see-networks'))).to.equal('Voir les 5 réseaux');
    expect($(el, '.result'), 'no results until asked for').to.equal(null);
    expect(() => button(el, 'Précédent'), 'no going back from the first question').to.throw();
  });

  it('goes to the next question, moving focus to its heading and saying where the person is', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    expect(text($(el, '#step-heading'))).to.equal('Quel genre de réseau ?');
    expect(focused(el)).to.equal($(el, '#step-heading'));
    expect(text($(el, '[role="status"]'))).to.equal("Question 2 sur 6. 5 réseaux dans l'annuaire");
    await go(el, 'Précédent');
    expect(text($(el, '#step-heading'))).to.equal("Qu'attendez-vous d'un réseau ?");
  });

  it('counts, on every step, the networks the answers so far leave', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    optionInput(el, 'Réseau territorial').click();
    await el.updateComplete;
    expect(text($(el, '.see-networks'))).to.equal('Voir le réseau');
    optionInput(el, 'Réseau métier').click();
    await el.updateComplete;
    expect(text($(el, '.see-networks'))).to.equal('Voir les 2 réseaux');
  });

  it('prints the count from a question step, where paper leaves the questionnaire and its buttons out; shows it there on screen only on its button', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    optionInput(el, 'Réseau territorial').click();
    optionInput(el, 'Réseau métier').click();
    await el.updateComplete;
    /** The texts shown outside the questionnaire (the title, what the bar holds), in order. */
    const shownTexts = () =>
      $$(el, 'h1, h2, h3, h4, h5, h6, p')
        .filter((item) => item.getClientRects().length > 0 && !item.closest('.questions, .visually-hidden'))
        .map(text);
    expect(shownTexts(), 'on screen').to.deep.equal(['Réseaux de test']);
    await emulateMedia({ media: 'print' });
    try {
      expect(shownTexts(), 'on paper').to.deep.equal(['Réseaux de test', '2 réseaux correspondent à vos critères']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('skips a question, leaving it unanswered', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    optionInput(el, 'Réseau territorial').click();
    await el.updateComplete;
    await go(el, 'Passer');
    expect(el.answers).to.deep.equal({});
    expect(text($(el, '#step-heading'))).to.equal('Qui êtes-vous ?');
  });

  it('shows the results after the last question, with the answers as chips and the way back to the questions', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    optionInput(el, 'Réseau métier').click();
    for (let step = 1; step < 6; step++) await go(el, 'Suivant');
    expect(visibleQuestions(el)).to.have.length(0);
    expect($$(el, '.result')).to.have.length(1);
    expect(focused(el)).to.equal($(el, '#results-heading'));
    expect($$(el, '.chip').map(text)).to.deep.equal(['Réseau métier✕']);
    await go(el, 'Modifier mes réponses');
    expect(text($(el, '#step-heading'))).to.equal("Qu'attendez-vous d'un réseau ?");
    expect(focused(el)).to.equal($(el, '#step-heading'));
    expect(el.answers, 'answers kept').to.deep.equal({ famille: ['metier'] });
  });

  it('goes to the results from any step with "Voir les N réseaux", the search box still there', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Voir les 5 réseaux');
    expect($$(el, '.result')).to.have.length(5);
    expect($(el, '#search')).not.to.equal(null);
    expect(text($(el, '.count'))).to.equal("5 réseaux dans l'annuaire");
  });

  it('shows the results of a search when Enter (a phone keyboard’s "Rechercher") is pressed in the search box: it did nothing, the results one question away', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'arles' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['Entrepreneurs du Pays d’Arles']);
    expect(focused(el)?.id).to.equal('results-heading');
  });

  it('opens on the results when the page presets answers', async () => {
    const el = await finderWith(DOCUMENT, `layout="steps" answers='{"famille":["metier","territorial"]}'`);
    expect($$(el, '.result')).to.have.length(2);
    expect(visibleQuestions(el)).to.have.length(0);
  });

  it('is used with a keyboard alone: tick an option, go on, come back', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await go(el, 'Suivant');
    optionInput(el, 'Réseau sectoriel').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    // Past the other options to the step's buttons: Précédent, Passer, Suivant.
    let label = '';
    for (let i = 0; i < 10 && label !== 'Suivant'; i++) {
      await sendKeys({ press: 'Tab' });
      label = text(focused(el));
    }
    expect(label).to.equal('Suivant');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el))).to.equal('Qui êtes-vous ?');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.have.property('type', 'checkbox');
  });

  it('is accessible on a step and on the results, in French and in English', async () => {
    for (const lang of ['fr', 'en']) {
      const el = await finderWith(DOCUMENT, `layout="steps" lang=${lang}`);
      await expect(el).to.be.accessible();
      button(el, lang === 'fr' ? 'Suivant' : 'Next').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $(el, '.see-networks')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('speaks English', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps" lang="en"');
    expect(text($(el, '.step-progress'))).to.equal('Question 1 of 6');
    expect(text($(el, '.see-networks'))).to.equal('See the 5 networks');
    expect(['Skip', 'Next'].map((label) => text(button(el, label)))).to.deep.equal(['Skip', 'Next']);
    await go(el, 'See the 5 networks');
    expect(text(button(el, 'Change my answers'))).to.equal('Change my answers');
  });

  it('says "no networks" in English when no network is left, as "aucun réseau" says it in French', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps" lang="en"');
    await go(el, 'Next');
    for (const family of ['Local network', 'Trade network']) optionInput(el, family).click();
    await el.updateComplete;
    expect(text($(el, '.see-networks'))).to.equal('See the 2 networks');
    el.query = 'nothing-of-the-kind';
    await el.updateComplete;
    expect(text($(el, '#step-heading')), 'still on the step').to.equal('What kind of network?');
    expect(text($(el, '.see-networks'))).to.equal('See the results (no networks)');
  });

  it('opens on the results of a directory with no network yet, which say so: not on questions whose every count is 0', async () => {
    const el = await finderWith({ format: 1, networks: [] }, 'layout="steps"');
    expect(visibleQuestions(el)).to.have.length(0);
    expect(text($(el, '[part="no-results"]'))).to.equal('Cet annuaire ne contient encore aucun réseau.');
    await go(el, 'Modifier mes réponses');
    expect(visibleQuestions(el)).to.have.length(1);
  });

  describe('with sync-url', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start.split('#')[0]));

    it('makes each step a history entry, so that Back goes back one question', async () => {
      const el = await finderWith(DOCUMENT, 'layout="steps" sync-url');
      await go(el, 'Suivant');
      expect(location.hash).to.equal('#reseaupro:etape=2');
      await go(el, 'Suivant');
      expect(location.hash).to.equal('#reseaupro:etape=3');
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect(text($(el, '#step-heading'))).to.equal('Quel genre de réseau ?');
      expect(focused(el)).to.equal($(el, '#step-heading'));
    });

    it('opens a shared link on the step it names', async () => {
      history.replaceState(null, '', '#reseaupro.famille=metier&reseaupro:etape=resultats');
      const el = await finderWith(DOCUMENT, 'layout="steps" sync-url');
      expect($$(el, '.result')).to.have.length(1);
      history.replaceState(null, '', '#reseaupro:etape=4');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(text($(el, '#step-heading'))).to.equal('Où ?');
    });

    it('keeps the step of a link that names no answer in the address, so that a reload opens it again', async () => {
      history.replaceState(null, '', '#reseaupro:etape=4');
      const el = await finderWith(DOCUMENT, 'layout="steps" sync-url');
      await el.updateComplete;
      expect(text($(el, '#step-heading'))).to.equal('Où ?');
      expect(location.hash).to.equal('#reseaupro:etape=4');
    });
  });
});

describe('<reseaupro-finder layout="auto">', () => {
  /** A finder in a box `width` wide, whatever the window's width: a sidebar, or the page's main column. */
  async function finderIn(width: string, layout?: string) {
    const attribute = layout === undefined ? '' : ` layout="${layout}"`;
    const box = await fixture<HTMLDivElement>(`<div style="width: ${width}"><reseaupro-finder${attribute}></reseaupro-finder></div>`);
    const el = box.querySelector('reseaupro-finder')!;
    const ready = new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
    el.data = DOCUMENT;
    await ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    return { box, el };
  }

  it('asks one question at a time in a narrow element, all at once in a wide one', async () => {
    expect(visibleQuestions((await finderIn('20rem')).el)).to.have.length(1);
    expect(visibleQuestions((await finderIn('50rem')).el)).to.have.length(6);
  });

  it('takes a layout it does not know as auto, as the README says', async () => {
    for (const unknown of ['Steps', 'one-by-one', '']) {
      expect(visibleQuestions((await finderIn('20rem', unknown)).el), `${unknown}, narrow`).to.have.length(1);
      expect(visibleQuestions((await finderIn('50rem', unknown)).el), `${unknown}, wide`).to.have.length(6);
    }
  });

  it('opens a narrow element on the step its link names, answers given or not', async () => {
    history.replaceState(null, '', '#reseaupro.famille=metier&reseaupro:etape=3');
    try {
      const box = await fixture<HTMLDivElement>('<div style="width: 20rem"><reseaupro-finder sync-url></reseaupro-finder></div>');
      const el = box.querySelector('reseaupro-finder')!;
      const ready = new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
      el.data = DOCUMENT;
      await ready;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(text($(el, '#step-heading'))).to.equal('Qui êtes-vous ?');
      expect(location.hash).to.include('reseaupro:etape=3');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('changes where the README says: below 42em of the element (40em inside its padding), 672 px at 16 px', async () => {
    expect(visibleQuestions((await finderIn('671px')).el), '671 px: one at a time').to.have.length(1);
    expect(visibleQuestions((await finderIn('672px')).el), '672 px: all at once').to.have.length(6);
    // The padding is the theme's spacing: a wider one moves the change with it.
    const { box, el } = await finderIn('700px');
    el.style.setProperty('--reseaupro-space', '2em');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(visibleQuestions(el), '700 px with 2em of padding: one at a time').to.have.length(1);
    expect(box.getBoundingClientRect().width).to.equal(700);
  });

  it('follows the element when it is resized, keeping the answers', async () => {
    const { box, el } = await finderIn('50rem');
    optionInput(el, 'Réseau métier').click();
    optionInput(el, 'Réseau métier').focus();
    box.style.width = '20rem';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect($$(el, '.result'), 'answers given: the results').to.have.length(1);
    // The focused checkbox is hidden now: focus goes to what is shown, not to the page.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    await go(el, 'Modifier mes réponses');
    expect(visibleQuestions(el)).to.have.length(1);
    box.style.width = '50rem';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(visibleQuestions(el)).to.have.length(6);
    expect(el.answers).to.deep.equal({ famille: ['metier'] });
  });

  it('keeps focus on the question a person was on when the phone turns to landscape', async () => {
    const { box, el } = await finderIn('20rem');
    const turn = async (width: string) => {
      box.style.width = width;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    };
    // What has focus, as a string: a failed comparison of two elements makes chai print the whole DOM.
    const focusedText = () => {
      const target = focused(el);
      return target instanceof HTMLInputElement
        ? `option ${text(target.closest('label')?.querySelector('.option-label'))}`
        : `${target?.id} ${text(target)}`;
    };
    await go(el, 'Suivant');
    expect(focusedText()).to.equal('step-heading Quel genre de réseau ?');
    await turn('50rem');
    expect(visibleQuestions(el)).to.have.length(6);
    // Not the results' heading, five questions further down: the question's own first option.
    expect(focusedText(), 'from the heading').to.equal('option Réseau sectoriel');
    await turn('20rem');
    expect(focusedText(), 'still shown in the steps').to.equal('option Réseau sectoriel');
    optionInput(el, 'Réseau métier').click();
    button(el, 'Suivant').focus();
    await turn('50rem');
    expect(focusedText(), 'from "Suivant": the question shown, at its checked option').to.equal('option Réseau métier');
  });
});

describe('<reseaupro-finder answers="…">', () => {
  it('takes answers as JSON in the attribute, for pages whose authors cannot write script', async () => {
    const el = await finderWith(DOCUMENT, `layout="all" answers='{"famille":["territorial"]}'`);
    expect(el.answers).to.deep.equal({ famille: ['territorial'] });
    expect(el.results.map((result) => result.network.id)).to.deep.equal(['entreprendre-arles']);
  });

  it('warns once and presets nothing when the attribute is not a JSON object of answers, never failing', async () => {
    for (const value of ['{famille: territorial}', '["territorial"]', '42']) {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await finderWith(DOCUMENT, `layout="all" answers='${value}'`);
        expect(el.answers, value).to.deep.equal({});
        expect($$(el, '.result')).to.have.length(5);
      } finally {
        console.warn = warn;
      }
      expect(warnings, value).to.have.length(1);
    }
  });
});

describe('<reseaupro-finder answers> changed by the page', () => {
  it('clears the answers when the page removes the answers attribute, and presets nothing from an empty one, without a warning', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await finderWith(DOCUMENT, `layout="all" answers='{"famille":["territorial"]}'`);
      expect(resultNames(el)).to.have.length(1);
      el.removeAttribute('answers');
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(resultNames(el)).to.have.length(5);
      const empty = await finderWith(DOCUMENT, `layout="all" answers=""`);
      expect(empty.answers).to.deep.equal({});
      expect(resultNames(empty)).to.have.length(5);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(0);
  });
});
