import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Matcher, type Evaluation, type SearchHits } from '../../src/core/match.js';
import { FAMILIES } from '../../src/core/parse.js';
import { builtInQuestions, fieldValues, FEE_BANDS, resolveQuestions, RHYTHMS } from '../../src/core/questions.js';
import { compareInFrench } from '../../src/core/text.js';
import type { Answers, Network, ResolvedQuestion } from '../../src/core/types.js';
import { idsOf, makeNetwork, NETWORKS } from '../fixtures.js';

const matcherFor = (networks: readonly Network[], questions = builtInQuestions()) =>
  new Matcher(networks, resolveQuestions(questions, networks));

/** Per option value, the count shown beside it; zero counts left out. */
function countsOf(matcher: Matcher, evaluation: Evaluation, questionId: string): Record<string, number> {
  const question = matcher.questions.find((q) => q.id === questionId)!;
  const counts: Record<string, number> = {};
  evaluation.optionCounts.get(questionId)!.forEach((count, i) => {
    if (count > 0) counts[question.options[i].value] = count;
  });
  return counts;
}

/** What a search found, by network id, as the matcher reads it: by position in `networks`. */
const hits = (entries: Record<string, number>, networks: readonly Network[] = NETWORKS): SearchHits =>
  new Map(Object.entries(entries).map(([id, relevance]) => [networks.findIndex((network) => network.id === id), relevance]));

describe('Matcher', () => {
  const matcher = matcherFor(NETWORKS);
  const resultIds = (answers: Answers, search?: SearchHits) => idsOf(matcher.evaluate(answers, search).results);
  const resultOf = (answers: Answers, id: string, search?: SearchHits) =>
    matcher.evaluate(answers, search).results.find((r) => r.network.id === id);

  describe('with nothing answered', () => {
    it('lists every network, detailed profiles first, then by name in French collation', () => {
      expect(resultIds({})).to.deep.equal(['cpme-13', 'entreprendre-arles', 'femmes-chefs-marseille', 'numerique-aix', 'btp-aubagne']);
    });

    it('gives every network a score of 0, nothing matched and nothing unknown', () => {
      const { results } = matcher.evaluate({});
      expect(results).to.have.length(NETWORKS.length);
      for (const result of results) {
        expect(result).to.include({ score: 0 });
        expect(result.matched).to.deep.equal([]);
        expect(result.unknown).to.deep.equal([]);
      }
    });

    it('returns each network as loaded', () => {
      expect(resultOf({}, 'cpme-13')!.network).to.equal(NETWORKS[0]);
    });

    it('suggests nothing to drop', () => {
      expect(matcher.evaluate({}).relaxation).to.equal(undefined);
    });
  });

  describe('a filter question', () => {
    it('keeps only the networks that match one of the selected options', () => {
      expect(resultIds({ famille: ['sectoriel'] })).to.deep.equal(['cpme-13', 'numerique-aix']);
    });

    it('keeps the networks that match any of several selected options', () => {
      expect(resultIds({ famille: ['sectoriel', 'metier'] })).to.deep.equal(['cpme-13', 'numerique-aix', 'btp-aubagne']);
    });

    it('keeps a network whose record says nothing about the field, and lists the question as unknown', () => {
      const withoutPlace = makeNetwork('sans-territoire', { name: 'Amicale sans adresse' });
      const local = matcherFor([...NETWORKS, withoutPlace]);
      const { results } = local.evaluate({ territoire: ['Arles'] });
      expect(idsOf(results)).to.deep.equal(['cpme-13', 'entreprendre-arles', 'sans-territoire']);
      expect(results[1]).to.deep.include({ score: 1, matched: ['territoire'], unknown: [] });
      expect(results[2]).to.deep.include({ score: 0, matched: [], unknown: ['territoire'] });
    });

    it('reads a network for the whole département ("Bouches-du-Rhône") as one for each of its communes', () => {
      expect(resultIds({ territoire: ['Marseille'] })).to.deep.equal(['cpme-13', 'femmes-chefs-marseille']);
      expect(resultOf({ territoire: ['Marseille'] }, 'cpme-13')).to.deep.include({ score: 1, matched: ['territoire'] });
      expect(matcher.matchedOptions(NETWORKS[0], 'territoire', { territoire: ['Marseille'] }).map((o) => o.value)).to.deep.equal([
        'Marseille',
      ]);
    });

    it('does not read a commune’s network as one for the whole département', () => {
      expect(resultIds({ territoire: ['Bouches-du-Rhône'] })).to.deep.equal(['cpme-13']);
    });
  });

  describe('a prefer question', () => {
    it('keeps every network, those that match first', () => {
      expect(resultIds({ profil: ['createur'] })).to.deep.equal([
        'entreprendre-arles',
        'femmes-chefs-marseille',
        'numerique-aix',
        'cpme-13',
        'btp-aubagne',
      ]);
    });

    it('scores a matching network 1, a non-matching one 0, and an unknown one 0 with the question listed', () => {
      expect(resultOf({ profil: ['createur'] }, 'femmes-chefs-marseille')).to.deep.include({ score: 1, matched: ['profil'], unknown: [] });
      expect(resultOf({ profil: ['createur'] }, 'cpme-13')).to.deep.include({ score: 0, matched: [], unknown: [] });
      expect(resultOf({ profil: ['createur'] }, 'btp-aubagne')).to.deep.include({ score: 0, matched: [], unknown: ['profil'] });
    });

    it('matches a monthly rhythm with monthly and rarer meetings, not weekly ones', () => {
      const { results } = matcher.evaluate({ rythme: ['mensuelle'] });
      const matchedIds = results.filter((r) => r.matched.includes('rythme')).map((r) => r.network.id);
      expect(matchedIds).to.have.members(['cpme-13', 'femmes-chefs-marseille', 'btp-aubagne']);
      expect(resultOf({ rythme: ['mensuelle'] }, 'entreprendre-arles')).to.deep.include({ matched: [], unknown: [] });
      expect(resultOf({ rythme: ['mensuelle'] }, 'numerique-aix')).to.deep.include({ matched: [], unknown: ['rythme'] });
    });

    it('matches a budget of up to 200 € with free networks and those under 200 €', () => {
      const { results } = matcher.evaluate({ budget: ['max-200'] });
      expect(results.filter((r) => r.matched.includes('budget')).map((r) => r.network.id)).to.have.members([
        'entreprendre-arles',
        'femmes-chefs-marseille',
      ]);
      expect(resultOf({ budget: ['max-200'] }, 'btp-aubagne')!.unknown).to.deep.equal(['budget']);
    });
  });

  describe('with several answers', () => {
    const answers: Answers = { attentes: ['information', 'formation'], profil: ['createur'], budget: ['max-200'] };

    it('scores each network by the number of answered questions it matches, listed in question order, then by options matched', () => {
      const { results } = matcher.evaluate(answers);
      expect(results.map((r) => [r.network.id, r.score, r.matchedOptions, r.matched, r.unknown])).to.deep.equal([
        // Two expectations of two, and the profile: three options.
        ['numerique-aix', 2, 3, ['attentes', 'profil'], []],
        ['entreprendre-arles', 2, 2, ['profil', 'budget'], []],
        ['femmes-chefs-marseille', 2, 2, ['profil', 'budget'], []],
        ['cpme-13', 1, 1, ['attentes'], []],
        ['btp-aubagne', 1, 1, ['attentes'], ['profil', 'budget']],
      ]);
    });

    it('ignores selected values that are not options of the question, and answers to no question', () => {
      expect(matcher.evaluate({ famille: ['associatif'], inconnue: ['x'] }).results.map((r) => r.unknown)).to.deep.equal([
        [],
        [],
        [],
        [],
        [],
      ]);
      expect(resultIds({ famille: ['associatif'] })).to.have.length(5);
      expect(resultIds({ famille: [] })).to.have.length(5);
    });
  });

  describe('the search', () => {
    it('keeps only the networks it found', () => {
      expect(resultIds({}, hits({ 'btp-aubagne': 1, 'cpme-13': 2 }))).to.deep.equal(['cpme-13', 'btp-aubagne']);
    });

    it('ranks by score first, then by relevance, then detailed profiles, then name', () => {
      const relevance = hits({ 'btp-aubagne': 9, 'cpme-13': 5, 'numerique-aix': 3, 'femmes-chefs-marseille': 1, 'entreprendre-arles': 1 });
      expect(resultIds({ profil: ['createur'] }, relevance)).to.deep.equal([
        'numerique-aix', // score 1, most relevant of its score
        'entreprendre-arles', // score 1, as relevant as the next: name decides
        'femmes-chefs-marseille',
        'btp-aubagne', // score 0, more relevant than a detailed profile
        'cpme-13',
      ]);
    });

    it('gives, for the same answers, what each search found: typing changes only the search', () => {
      const answers = { famille: ['sectoriel', 'metier'] };
      expect(resultIds(answers, hits({ 'btp-aubagne': 1 }))).to.deep.equal(['btp-aubagne']);
      expect(resultIds(answers, hits({ 'cpme-13': 1, 'numerique-aix': 2 }))).to.deep.equal(['numerique-aix', 'cpme-13']);
      expect(resultIds(answers)).to.deep.equal(['cpme-13', 'numerique-aix', 'btp-aubagne']);
    });

    it('reads answers again when the same object was changed in place', () => {
      const answers: Answers = { famille: ['sectoriel'] };
      expect(resultIds(answers)).to.deep.equal(['cpme-13', 'numerique-aix']);
      answers.famille = ['metier'];
      expect(resultIds(answers)).to.deep.equal(['btp-aubagne']);
    });

    it('keeps nothing when it found nothing', () => {
      expect(resultIds({}, new Map())).to.deep.equal([]);
    });
  });

  describe('the order by name', () => {
    it('follows French collation: accents and case do not push a name to the end', () => {
      const networks = ['Zèbre', 'Écomusée', 'abeilles', 'Eden', 'Émeraude'].map((name, i) => makeNetwork(`n${i}`, { name }));
      const names = matcherFor(networks)
        .evaluate({})
        .results.map((r) => r.network.name);
      expect(names).to.deep.equal(['abeilles', 'Écomusée', 'Eden', 'Émeraude', 'Zèbre']);
    });
  });

  describe('option counts', () => {
    it('count, for each option, the networks that match it', () => {
      const evaluation = matcher.evaluate({});
      expect(countsOf(matcher, evaluation, 'famille')).to.deep.equal({ sectoriel: 2, metier: 1, territorial: 1, thematique: 1 });
      // Each rhythm counts the networks meeting that often or less: no one meets only yearly.
      expect(countsOf(matcher, evaluation, 'rythme')).to.deep.equal({ trimestrielle: 1, mensuelle: 3, hebdomadaire: 4 });
    });

    it('set the question’s own answer aside, so other options still show what they would add', () => {
      const evaluation = matcher.evaluate({ famille: ['sectoriel'] });
      expect(countsOf(matcher, evaluation, 'famille')).to.deep.equal({ sectoriel: 2, metier: 1, territorial: 1, thematique: 1 });
    });

    it('count only among the networks that the other answers leave', () => {
      const evaluation = matcher.evaluate({ famille: ['sectoriel'] });
      // The sector networks are the CPME (for the whole département, so for each commune) and Aix's.
      expect(countsOf(matcher, evaluation, 'territoire')).to.deep.equal({
        'Aix-en-Provence': 2,
        Arles: 1,
        Aubagne: 1,
        'Bouches-du-Rhône': 1,
        'La Ciotat': 1,
        Marseille: 1,
        Tarascon: 1,
      });
      expect(countsOf(matcher, evaluation, 'attentes')).to.deep.equal({
        information: 2,
        lobbying: 1,
        'carnet-adresses': 1,
        formation: 1,
        'projets-cooperatifs': 1,
      });
    });

    it('apply each filter to the other questions’ counts', () => {
      const evaluation = matcher.evaluate({ famille: ['sectoriel'], territoire: ['Arles'] });
      expect(idsOf(evaluation.results)).to.deep.equal(['cpme-13']);
      // Present in Arles: the CPME (whole département) and Arles's own club.
      expect(countsOf(matcher, evaluation, 'famille')).to.deep.equal({ sectoriel: 1, territorial: 1 });
      expect(countsOf(matcher, evaluation, 'territoire')).to.include({ 'Aix-en-Provence': 2, Arles: 1, Marseille: 1 });
    });

    it('count only among the networks the search found', () => {
      const evaluation = matcher.evaluate({}, hits({ 'btp-aubagne': 1, 'femmes-chefs-marseille': 1 }));
      expect(countsOf(matcher, evaluation, 'famille')).to.deep.equal({ metier: 1, thematique: 1 });
    });

    it('are given for every option of every question, in option order', () => {
      const evaluation = matcher.evaluate({});
      for (const question of matcher.questions) {
        expect(evaluation.optionCounts.get(question.id)).to.have.length(question.options.length);
      }
    });
  });

  describe('when nothing matches', () => {
    it('suggests dropping the filter answer that brings back the most networks, with how many', () => {
      const evaluation = matcher.evaluate({ famille: ['thematique'], territoire: ['Aix-en-Provence', 'Bouches-du-Rhône'] });
      expect(evaluation.results).to.deep.equal([]);
      expect(evaluation.relaxation).to.deep.equal({ questionId: 'famille', count: 2 });
    });

    it('suggests a later question when dropping it brings back more', () => {
      const evaluation = matcher.evaluate({ famille: ['thematique', 'metier', 'territorial'], territoire: ['Aix-en-Provence'] });
      expect(evaluation.results).to.deep.equal([]);
      expect(evaluation.relaxation).to.deep.equal({ questionId: 'territoire', count: 3 });
    });

    it('prefers the earlier question on a tie', () => {
      const evaluation = matcher.evaluate({ famille: ['thematique', 'metier'], territoire: ['Arles'] });
      expect(evaluation.results).to.deep.equal([]);
      expect(evaluation.relaxation).to.deep.equal({ questionId: 'famille', count: 2 });
    });

    it('suggests clearing the search when it is the search that empties the list', () => {
      const evaluation = matcher.evaluate({ famille: ['sectoriel'] }, hits({ 'btp-aubagne': 1 }));
      expect(evaluation.results).to.deep.equal([]);
      expect(evaluation.relaxation).to.deep.equal({ count: 2 });
    });

    it('suggests clearing a search that found nothing, bringing back every network', () => {
      expect(matcher.evaluate({}, new Map()).relaxation).to.deep.equal({ count: 5 });
    });

    it('suggests nothing when no single drop brings a network back', () => {
      const evaluation = matcher.evaluate({ famille: ['metier'], territoire: ['Arles'] }, hits({ 'femmes-chefs-marseille': 1 }));
      expect(evaluation.results).to.deep.equal([]);
      expect(evaluation.relaxation).to.equal(undefined);
    });

    it('suggests nothing for an empty directory', () => {
      expect(matcherFor([]).evaluate({ famille: ['metier'] }).relaxation).to.equal(undefined);
    });
  });

  describe('matchedOptions', () => {
    const answers: Answers = { attentes: ['information', 'lobbying', 'formation'] };

    it('gives the selected options a network matches, with their labels: why it fits', () => {
      const options = matcher.matchedOptions(NETWORKS[0], 'attentes', answers);
      expect(options.map((o) => o.value)).to.deep.equal(['information', 'lobbying']);
      expect(options[1].term).to.deep.equal({ field: 'services', value: 'lobbying' });
    });

    it('gives the option the person chose, not the field values behind it', () => {
      const cpme = NETWORKS[0];
      expect(matcher.matchedOptions(cpme, 'rythme', { rythme: ['trimestrielle'] })).to.deep.equal([]);
      expect(matcher.matchedOptions(cpme, 'rythme', { rythme: ['mensuelle'] }).map((o) => o.value)).to.deep.equal(['mensuelle']);
    });

    it('gives nothing for an unanswered question, an unknown field or an unknown question', () => {
      expect(matcher.matchedOptions(NETWORKS[0], 'profil', answers)).to.deep.equal([]);
      expect(matcher.matchedOptions(NETWORKS[2], 'profil', { profil: ['tpe'] })).to.deep.equal([]);
      expect(matcher.matchedOptions(NETWORKS[0], 'inconnue', answers)).to.deep.equal([]);
      expect(matcher.matchedOptions(makeNetwork('absent'), 'famille', { famille: ['thematique'] })).to.deep.equal([]);
    });
  });

  describe('the order of the design', () => {
    const services = (...values: string[]) => ({ services: values });
    const cases: { name: string; networks: Network[]; answers: Answers; near?: { lat: number; lon: number }; order: string[] }[] = [
      {
        name: 'a network offering all three ticked expectations before one offering one',
        networks: [makeNetwork('one', services('formation')), makeNetwork('three', services('formation', 'lobbying', 'information'))],
        answers: { attentes: ['formation', 'lobbying', 'information'] },
        order: ['three', 'one'],
      },
      {
        name: 'more questions matched before more options matched',
        networks: [
          makeNetwork('options', services('formation', 'lobbying', 'information')),
          makeNetwork('questions', { ...services('formation'), audience: ['tpe'] }),
        ],
        answers: { attentes: ['formation', 'lobbying', 'information'], profil: ['tpe'] },
        order: ['questions', 'options'],
      },
      {
        name: 'the nearer first, among networks matching as much',
        networks: [
          makeNetwork('arles', { geo: { lat: 43.6766, lon: 4.6278 } }),
          makeNetwork('nowhere'),
          makeNetwork('aubagne', { geo: { lat: 43.2927, lon: 5.5708 } }),
        ],
        answers: {},
        near: { lat: 43.2965, lon: 5.3698 },
        order: ['aubagne', 'arles', 'nowhere'],
      },
      {
        name: 'matched options before nearness',
        networks: [
          makeNetwork('near', { geo: { lat: 43.3, lon: 5.37 } }),
          makeNetwork('far', { ...services('formation'), geo: { lat: 43.8, lon: 4.6 } }),
        ],
        answers: { attentes: ['formation'] },
        near: { lat: 43.2965, lon: 5.3698 },
        order: ['far', 'near'],
      },
      {
        name: 'by id when names are the same, whatever the data’s order',
        networks: [makeNetwork('z', { name: 'Club' }), makeNetwork('a', { name: 'club' })],
        answers: {},
        order: ['a', 'z'],
      },
      {
        name: 'a detailed profile first when nothing else tells them apart',
        networks: [makeNetwork('a-short'), makeNetwork('b-detailed', { description: 'Une fiche.' })],
        answers: {},
        order: ['b-detailed', 'a-short'],
      },
    ];
    for (const { name, networks, answers, near, order } of cases) {
      it(name, () => {
        expect(idsOf(matcherFor(networks).evaluate(answers, undefined, near).results)).to.deep.equal(order);
      });
    }

    it('gives each result its matched options and, from a place, its distance in km', () => {
      const networks = [
        makeNetwork('aubagne', { ...services('formation', 'lobbying'), geo: { lat: 43.2927, lon: 5.5708 } }),
        makeNetwork('nowhere', services('lobbying')),
      ];
      const [aubagne, nowhere] = matcherFor(networks).evaluate({ attentes: ['formation', 'lobbying'] }, undefined, {
        lat: 43.2965,
        lon: 5.3698,
      }).results;
      expect(aubagne).to.include({ matchedOptions: 2 });
      expect(aubagne.distance).to.be.closeTo(16.3, 0.2);
      expect(nowhere).to.include({ matchedOptions: 1 });
      expect(nowhere).not.to.have.property('distance');
    });

    it('counts the networks that match every answered question, beside those listed', () => {
      const networks = [
        makeNetwork('both', { ...services('formation'), audience: ['tpe'] }),
        makeNetwork('one', services('formation')),
        makeNetwork('none'),
      ];
      const evaluation = matcherFor(networks).evaluate({ attentes: ['formation'], profil: ['tpe'] });
      expect(evaluation).to.include({ total: 3, fullMatches: 1 });
      expect(matcherFor(networks).evaluate({})).to.include({ total: 3, fullMatches: 3 });
    });
  });

  describe('question ids', () => {
    it('may be any text, even the name of an Object property', () => {
      const questions = ['constructor', 'toString', '__proto__'].map((id) => ({
        id,
        field: 'family',
        label: id,
        multiple: true,
        mode: 'filter' as const,
        options: [{ value: 'metier' }],
      }));
      const local = matcherFor(NETWORKS, questions);
      expect(idsOf(local.evaluate({}).results)).to.have.length(5);
      expect(idsOf(local.evaluate({ toString: ['metier'] }).results)).to.deep.equal(['btp-aubagne']);
      expect(local.matchedOptions(NETWORKS[2], 'constructor', {})).to.deep.equal([]);
    });
  });
});

describe('Matcher properties', () => {
  const SERVICES = ['information', 'formation', 'lobbying', 'visibilite'];
  const PLACES = ['Marseille', 'Aix', 'Arles', 'Étang', 'Bouches-du-Rhône'];
  const QUESTIONS = builtInQuestions();

  const networkArb = fc.record(
    {
      name: fc.constantFrom('Alpha', 'alpha', 'Écume', 'Zeste', 'Bêta'),
      family: fc.constantFrom(...FAMILIES),
      services: fc.subarray(SERVICES),
      territories: fc.subarray(PLACES),
      audience: fc.subarray(['tpe', 'createur']),
      meetingFrequency: fc.constantFrom(...RHYTHMS),
      feeBand: fc.constantFrom(...FEE_BANDS),
      description: fc.constant('Une fiche détaillée.'),
      geo: fc.record({ lat: fc.double({ min: 43, max: 44, noNaN: true }), lon: fc.double({ min: 4, max: 6, noNaN: true }) }),
    },
    { requiredKeys: ['name', 'family'] },
  );
  const networksArb = fc
    .array(networkArb, { maxLength: 12 })
    .map((records) => records.map((record, i) => makeNetwork(`n${i}`, record as Partial<Network>)));

  const answersArb: fc.Arbitrary<Answers> = fc.record(
    {
      attentes: fc.subarray(SERVICES),
      famille: fc.subarray([...FAMILIES]),
      profil: fc.subarray(['tpe', 'createur', 'pme']),
      territoire: fc.subarray(PLACES),
      rythme: fc.subarray(['annuelle', 'trimestrielle', 'mensuelle', 'hebdomadaire'], { maxLength: 1 }),
      budget: fc.subarray(['gratuit', 'max-200', 'max-500', 'max-1000', 'any'], { maxLength: 1 }),
    },
    { requiredKeys: [] },
  );

  /** Networks, a matcher over them, answers, (half the time) what a search found with its relevance, and (half the time) a place to measure distances from. */
  const caseArb = networksArb.chain((networks) =>
    fc.record({
      networks: fc.constant(networks),
      answers: answersArb,
      near: fc.option(fc.record({ lat: fc.constantFrom(43.3, 43.7), lon: fc.constantFrom(4.6, 5.4) }), { nil: undefined }),
      search: fc.option(
        fc
          .array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), { minLength: networks.length, maxLength: networks.length })
          .map((relevance) => new Map(relevance.flatMap((r, i) => (r === undefined ? [] : [[i, r] as [number, number]])))),
        { nil: undefined },
      ),
    }),
  );
  const matcherOf = (networks: Network[]) => matcherFor(networks, QUESTIONS);
  const answered = (answers: Answers, questions: readonly ResolvedQuestion[]) =>
    questions.filter((q) => q.options.some((o) => answers[q.id]?.includes(o.value)));

  it('gives as its first results exactly the start of the full ranking, and the total of it', () => {
    fc.assert(
      fc.property(caseArb, fc.nat({ max: 14 }), fc.boolean(), ({ networks, answers, search }, count, orderFirst) => {
        const matcher = matcherOf(networks);
        // The first page is asked for before the full order of names exists, or after.
        if (orderFirst) matcher.prepareOrder();
        const evaluation = matcher.evaluate(answers, search);
        const top = evaluation.top(count);
        expect(idsOf(top)).to.deep.equal(idsOf(evaluation.results.slice(0, count)));
        expect(evaluation.total).to.equal(evaluation.results.length);
        expect(idsOf(evaluation.top(count))).to.deep.equal(idsOf(top));
      }),
    );
  });

  it('always sorts results by score, matched options, nearness, relevance, detailed profiles, then name', () => {
    let ordered = 0;
    fc.assert(
      fc.property(caseArb, ({ networks, answers, search, near }) => {
        const { results } = matcherOf(networks).evaluate(answers, search, near);
        if (results.length > 1) ordered++;
        for (let i = 1; i < results.length; i++) {
          const [a, b] = [results[i - 1], results[i]];
          // Each part of the key is larger for the one that comes first: nearness is minus the distance, none being farthest.
          const key = (r: typeof a) => [
            r.score,
            r.matchedOptions,
            near ? -(r.distance ?? Infinity) : 0,
            search?.get(networks.indexOf(r.network)) ?? 0,
            r.network.description ? 1 : 0,
          ];
          const [ka, kb] = [key(a), key(b)];
          const firstDifference = ka.findIndex((v, k) => v !== kb[k]);
          if (firstDifference >= 0) expect(ka[firstDifference]).to.be.greaterThan(kb[firstDifference]);
          else expect(compareInFrench(a.network.name, b.network.name)).to.be.at.most(0);
        }
      }),
    );
    expect(ordered, 'runs with two results or more to compare').to.be.greaterThan(10);
  });

  it('scores each result by its matched questions, all of them answered, none both matched and unknown', () => {
    let scored = 0;
    fc.assert(
      fc.property(caseArb, ({ networks, answers, search }) => {
        const matcher = matcherOf(networks);
        const answeredIds = answered(answers, matcher.questions).map((q) => q.id);
        const { results } = matcher.evaluate(answers, search);
        if (results.some((result) => result.score > 0)) scored++;
        for (const result of results) {
          expect(result.score).to.equal(result.matched.length);
          for (const id of [...result.matched, ...result.unknown]) expect(answeredIds).to.include(id);
          expect(result.matched.filter((id) => result.unknown.includes(id))).to.deep.equal([]);
        }
      }),
    );
    expect(scored, 'runs where a result matches an answer').to.be.greaterThan(10);
  });

  it('never adds networks when a filter question is answered, and never removes any for a prefer question', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom(...QUESTIONS.map((q) => q.id)),
        fc.constantFrom(...PLACES, ...FAMILIES, ...SERVICES, 'createur', 'mensuelle', 'max-200'),
        ({ networks, answers, search }, questionId, value) => {
          const matcher = matcherOf(networks);
          const question = matcher.questions.find((q) => q.id === questionId)!;
          const before = { ...answers, [questionId]: [] };
          const after = { ...answers, [questionId]: [value] };
          const beforeIds = idsOf(matcher.evaluate(before, search).results);
          const afterIds = idsOf(matcher.evaluate(after, search).results);
          if (question.mode === 'filter') for (const id of afterIds) expect(beforeIds).to.include(id);
          else expect([...afterIds].sort()).to.deep.equal([...beforeIds].sort());
        },
      ),
    );
  });

  it('never lowers a network’s score when a person chooses an option it matches', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), fc.nat(), ({ networks, answers, search }, pickResult, pickQuestion, pickOption) => {
        const matcher = matcherOf(networks);
        const { results } = matcher.evaluate(answers, search);
        fc.pre(results.length > 0);
        const result = results[pickResult % results.length];
        const question = matcher.questions[pickQuestion % matcher.questions.length];
        const values = fieldValues(result.network, question.field);
        const matching = question.options.filter((o) => o.matches.some((m) => values.includes(m)));
        fc.pre(matching.length > 0);
        const option = matching[pickOption % matching.length];
        const chosen = { ...answers, [question.id]: [...(answers[question.id] ?? []), option.value] };
        const after = matcher.evaluate(chosen, search).results.find((r) => r.network.id === result.network.id);
        expect(after, 'still listed').not.to.equal(undefined);
        expect(after!.score).to.be.at.least(result.score);
        expect(after!.matched).to.include(question.id);
      }),
    );
  });

  it('never lowers a network’s rank against one that does not match the option a person ticks', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), fc.nat(), ({ networks, answers, search, near }, pickQuestion, pickOption, pickPair) => {
        const matcher = matcherOf(networks);
        const question = matcher.questions[pickQuestion % matcher.questions.length];
        fc.pre(question.multiple && question.options.length > 0);
        const option = question.options[pickOption % question.options.length];
        const ticked = { ...answers, [question.id]: [...(answers[question.id] ?? []), option.value] };
        const meets = (network: Network) => option.matches.some((value) => fieldValues(network, question.field).includes(value));
        const before = idsOf(matcher.evaluate(answers, search, near).results);
        const after = idsOf(matcher.evaluate(ticked, search, near).results);
        const byId = new Map(networks.map((network) => [network.id, network]));
        const pairs = before.flatMap((a, i) => before.slice(i + 1).map((b) => [a, b] as const));
        fc.pre(pairs.length > 0);
        const [above, below] = pairs[pickPair % pairs.length];
        fc.pre(meets(byId.get(above)!) && !meets(byId.get(below)!) && after.includes(above) && after.includes(below));
        compared++;
        expect(after.indexOf(above)).to.be.lessThan(after.indexOf(below));
      }),
      { numRuns: 400 },
    );
    expect(compared, 'pairs compared').to.be.greaterThan(10);
  });

  it('counts as matched options the selected options each result meets, over every answered question', () => {
    fc.assert(
      fc.property(caseArb, ({ networks, answers, search }) => {
        const matcher = matcherOf(networks);
        const evaluation = matcher.evaluate(answers, search);
        for (const result of evaluation.results) {
          const expected = matcher.questions
            .filter((q) => result.matched.includes(q.id))
            .flatMap((q) =>
              q.options.filter(
                (o) => answers[q.id]?.includes(o.value) && o.matches.some((m) => fieldValues(result.network, q.field).includes(m)),
              ),
            ).length;
          expect(result.matchedOptions).to.equal(expected);
        }
        expect(evaluation.fullMatches).to.equal(
          evaluation.results.filter((r) => r.score === answered(answers, matcher.questions).length).length,
        );
      }),
    );
  });

  it('counts for an option the results that would match it were it the question’s only answer', () => {
    fc.assert(
      fc.property(caseArb, ({ networks, answers, search }) => {
        const matcher = matcherOf(networks);
        const { optionCounts } = matcher.evaluate(answers, search);
        for (const question of matcher.questions) {
          question.options.forEach((option, i) => {
            const alone = matcher.evaluate({ ...answers, [question.id]: [option.value] }, search).results;
            const matching = alone.filter((r) => r.matched.includes(question.id));
            expect(optionCounts.get(question.id)![i], `${question.id}=${option.value}`).to.equal(matching.length);
          });
        }
      }),
    );
  });

  it('counts for a family, with nothing else answered, exactly the results that family alone would give', () => {
    fc.assert(
      fc.property(networksArb, (networks) => {
        const matcher = matcherOf(networks);
        const counts = matcher.evaluate({}).optionCounts.get('famille')!;
        FAMILIES.forEach((family, i) => {
          expect(counts[i]).to.equal(matcher.evaluate({ famille: [family] }).results.length);
        });
      }),
    );
  });

  it('counts for a place, with nothing else answered, the results it would give less those that name no place', () => {
    fc.assert(
      fc.property(networksArb, (networks) => {
        const matcher = matcherOf(networks);
        const territoire = matcher.questions.find((q) => q.id === 'territoire')!;
        const counts = matcher.evaluate({}).optionCounts.get('territoire')!;
        const placeless = networks.filter((n) => !n.territories?.length).length;
        territoire.options.forEach((option, i) => {
          expect(counts[i] + placeless).to.equal(matcher.evaluate({ territoire: [option.value] }).results.length);
        });
      }),
    );
  });

  it('suggests, when nothing matches, the single drop that gives the most results, and exactly that many', () => {
    fc.assert(
      fc.property(caseArb, ({ networks, answers, search }) => {
        const matcher = matcherOf(networks);
        const { results, relaxation } = matcher.evaluate(answers, search);
        if (results.length > 0) {
          expect(relaxation).to.equal(undefined);
          return;
        }
        const drops = [
          ...answered(answers, matcher.questions).map((q) => ({
            questionId: q.id,
            count: matcher.evaluate({ ...answers, [q.id]: [] }, search).results.length,
          })),
          ...(search ? [{ questionId: undefined, count: matcher.evaluate(answers).results.length }] : []),
        ];
        const best = Math.max(0, ...drops.map((d) => d.count));
        if (best === 0) expect(relaxation).to.equal(undefined);
        else {
          expect(relaxation!.count).to.equal(best);
          const drop = drops.find((d) => d.questionId === relaxation!.questionId)!;
          expect(drop.count).to.equal(relaxation!.count);
        }
      }),
    );
  });
});

describe('Matcher with many questions', () => {
  const alwaysFamily = (id: string, mode: 'filter' | 'prefer' = 'prefer') => ({
    id,
    field: 'family',
    label: id,
    multiple: true,
    mode,
    options: [{ value: 'metier' }, { value: 'sectoriel' }],
  });

  it('scores 300 for a network matching 300 answered questions, above one matching 299', () => {
    const questions = Array.from({ length: 300 }, (_, i) => alwaysFamily(`q${i}`));
    const networks = [makeNetwork('all', { family: 'metier' }), makeNetwork('also-all', { family: 'metier' })];
    const answers: Answers = Object.fromEntries(questions.map((q, i) => [q.id, [i === 299 ? 'sectoriel' : 'metier']]));
    const withLast = { ...answers, q299: ['metier'] };
    const matcher = matcherFor(networks, questions);
    const { results } = matcher.evaluate(withLast);
    expect(results.map((r) => r.score)).to.deep.equal([300, 300]);
    expect(results[0].matched).to.have.length(300);
    const one = matcherFor([networks[0], makeNetwork('sector', { family: 'sectoriel' })], questions).evaluate(answers).results;
    expect(one.map((r) => [r.network.id, r.score])).to.deep.equal([
      ['all', 299],
      ['sector', 1],
    ]);
  });

  it('names the one filter that excludes a network even past the 65,536th question', () => {
    const count = 65_537;
    const questions = Array.from({ length: count }, (_, i) => alwaysFamily(`q${i}`, 'filter'));
    const answers: Answers = Object.fromEntries(questions.map((q, i) => [q.id, [i === count - 1 ? 'sectoriel' : 'metier']]));
    const evaluation = matcherFor([makeNetwork('metier', { family: 'metier' })], questions).evaluate(answers);
    expect(evaluation.total).to.equal(0);
    expect(evaluation.relaxation).to.deep.equal({ questionId: `q${count - 1}`, count: 1 });
  });
});

describe('an option that lists a value twice in its matches', () => {
  it('counts and scores a network once for it', () => {
    const option = { value: 'm', matches: ['metier', 'metier'] };
    const questions = [{ id: 'q', field: 'family', label: 'Q', multiple: true, mode: 'prefer' as const, options: [option] }];
    const evaluation = matcherFor([makeNetwork('one', { family: 'metier' })], questions).evaluate({ q: ['m'] });
    expect(evaluation.optionCounts.get('q')).to.deep.equal([1]);
    expect(evaluation.results[0].score).to.equal(1);
  });
});

describe('Matcher against a plain reading of the design', () => {
  // A question of at most 31 options keeps each network's options as a bit mask, a longer one as a
  // list: both must give what reading each record by hand gives, whatever the field holds.
  const VALUES = ['a', 'b', 'c', 'd', '1', 'constructor', '__proto__'];
  const fieldValueArb = fc.oneof(
    fc.constantFrom(...VALUES, ''),
    fc.constantFrom(1, 2),
    fc.array(fc.oneof(fc.constantFrom(...VALUES, ''), fc.constant(3), fc.constant(null)), { maxLength: 4 }),
    fc.constant(null),
    fc.constant({ a: 1 }),
  );
  const questionArb = (id: string) =>
    fc.record({
      id: fc.constant(id),
      field: fc.constantFrom('x', 'y'),
      label: fc.constant(id),
      multiple: fc.constant(true),
      mode: fc.constantFrom('filter' as const, 'prefer' as const),
      // 31 options is the most a mask holds; up to 40 crosses to lists.
      options: fc
        .integer({ min: 1, max: 40 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, i) => fc.subarray(VALUES).map((matches) => ({ value: `o${i}`, matches })))),
        ),
    });
  const caseArb = fc.record({
    questions: fc.tuple(questionArb('p'), questionArb('q'), questionArb('constructor')),
    records: fc.array(fc.record({ x: fieldValueArb, y: fieldValueArb }, { requiredKeys: [] }), { maxLength: 10 }),
    picks: fc.array(fc.nat(45), { maxLength: 6 }),
  });

  it('scores, counts and explains every network as its field values read one by one would', () => {
    fc.assert(
      fc.property(caseArb, ({ questions, records, picks }) => {
        const networks = records.map((record, i) => makeNetwork(`n${i}`, record as Partial<Network>));
        const matcher = matcherFor(networks, questions);
        const answers: Answers = {};
        picks.forEach((pick, i) => {
          const question = questions[i % questions.length];
          if (pick >= question.options.length) return;
          // A question may be called "constructor": only the answers' own keys count.
          if (!Object.hasOwn(answers, question.id)) answers[question.id] = [];
          answers[question.id].push(question.options[pick].value);
        });
        // By hand: the options whose matches share a value with the network's; undefined when the record says nothing.
        const optionsOf = (network: Network, q: number) => {
          const values = fieldValues(network, questions[q].field);
          if (values.length === 0) return undefined;
          return questions[q].options.flatMap((option, o) => (option.matches.some((value) => values.includes(value)) ? [o] : []));
        };
        const selectedOf = (q: number) => (Object.hasOwn(answers, questions[q].id) ? answers[questions[q].id] : []);
        const answeredQs = questions.map((_, q) => q).filter((q) => questions[q].options.some((o) => selectedOf(q).includes(o.value)));
        const judged = networks.map((network) => {
          const verdict = { score: 0, matchedOptions: 0, matched: [] as string[], unknown: [] as string[], failed: [] as number[] };
          for (const q of answeredQs) {
            const options = optionsOf(network, q);
            const count = options?.filter((o) => selectedOf(q).includes(questions[q].options[o].value)).length;
            if (count === undefined) verdict.unknown.push(questions[q].id);
            else if (count > 0) {
              verdict.score++;
              verdict.matchedOptions += count;
              verdict.matched.push(questions[q].id);
            } else if (questions[q].mode === 'filter') verdict.failed.push(q);
          }
          return verdict;
        });
        const evaluation = matcher.evaluate(answers);
        const kept = networks.filter((_, n) => judged[n].failed.length === 0);
        expect(evaluation.total).to.equal(kept.length);
        expect(evaluation.fullMatches).to.equal(
          kept.filter((network) => judged[networks.indexOf(network)].score === answeredQs.length).length,
        );
        questions.forEach((question, q) => {
          const counts = question.options.map(
            (_, o) =>
              networks.filter((network, n) => {
                const { failed } = judged[n];
                const counted = failed.length === 0 || (failed.length === 1 && failed[0] === q);
                return counted && optionsOf(network, q)?.includes(o);
              }).length,
          );
          expect(evaluation.optionCounts.get(question.id), question.id).to.deep.equal(counts);
        });
        for (const result of evaluation.results) {
          const n = networks.indexOf(result.network);
          const { score, matchedOptions, matched, unknown } = judged[n];
          expect({
            score: result.score,
            matchedOptions: result.matchedOptions,
            matched: result.matched,
            unknown: result.unknown,
          }).to.deep.equal({
            score,
            matchedOptions,
            matched,
            unknown,
          });
          questions.forEach((question, q) => {
            const expected = (optionsOf(result.network, q) ?? [])
              .map((o) => question.options[o].value)
              .filter((value) => selectedOf(q).includes(value));
            expect(matcher.matchedOptions(result.network, question.id, answers).map((option) => option.value)).to.deep.equal(expected);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
