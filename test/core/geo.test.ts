import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { distanceKm, findPlace, isPosition, nearestPlace } from '../../src/core/geo.js';

const MARSEILLE = { lat: 43.2965, lon: 5.3698 };
const AIX = { lat: 43.5297, lon: 5.4474 };

describe('distanceKm', () => {
  it('measures the great-circle distance: Marseille to Aix-en-Provence is about 26.8 km', () => {
    expect(distanceKm(MARSEILLE, AIX)).to.be.closeTo(26.8, 0.2);
  });

  it('measures Paris to London as about 344 km, and a quarter of the equator as about 10,008 km', () => {
    expect(distanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5072, lon: -0.1276 })).to.be.closeTo(343.6, 1);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).to.be.closeTo(10007.6, 1);
  });

  it('is 0 from a place to itself, the same both ways, and never more than half the Earth round', () => {
    const position = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(position, position, (a, b) => {
        expect(distanceKm(a, a)).to.be.closeTo(0, 1e-6);
        expect(distanceKm(a, b)).to.be.closeTo(distanceKm(b, a), 1e-6);
        expect(distanceKm(a, b)).to.be.within(0, Math.PI * 6371.0088 + 1e-6);
      }),
    );
  });
});

describe('isPosition', () => {
  it('takes finite latitudes within ±90 and longitudes within ±180 only', () => {
    expect(isPosition({ lat: 43.3, lon: 5.4 })).to.equal(true);
    expect(isPosition({ lat: -90, lon: 180 })).to.equal(true);
    for (const bad of [
      null,
      'Marseille',
      { lat: 91, lon: 0 },
      { lat: 0, lon: -181 },
      { lat: Number.NaN, lon: 0 },
      { lat: '43', lon: 5 },
      { lat: 0 },
    ]) {
      expect(isPosition(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});

describe('findPlace', () => {
  const places = new Map([
    ['Châteaurenard', { lat: 43.88, lon: 4.86 }],
    ['constructor', { lat: 1, lon: 2 }],
  ]);

  it('finds a place by its name, accents, case and surrounding spaces ignored, and gives its own spelling', () => {
    expect(findPlace(places, 'Châteaurenard')?.name).to.equal('Châteaurenard');
    expect(findPlace(places, ' chateaurenard ')?.name).to.equal('Châteaurenard');
  });

  it('finds nothing for an unknown or empty name, or without places, even when named like an Object member', () => {
    expect(findPlace(places, 'Aubagne')).to.equal(undefined);
    expect(findPlace(places, '  ')).to.equal(undefined);
    expect(findPlace(undefined, 'Arles')).to.equal(undefined);
    expect(findPlace(places, 'toString')).to.equal(undefined);
    expect(findPlace(places, 'constructor')?.position).to.deep.equal({ lat: 1, lon: 2 });
  });
});

describe('nearestPlace', () => {
  const places = new Map([
    ['Marseille', MARSEILLE],
    ['Aix-en-Provence', AIX],
  ]);

  it('names the place nearest to a position, with its distance', () => {
    const nearest = nearestPlace(places, { lat: 43.5, lon: 5.44 });
    expect(nearest?.name).to.equal('Aix-en-Provence');
    expect(nearest?.km).to.be.closeTo(3.3, 0.2);
  });

  it('names nothing without places', () => {
    expect(nearestPlace(undefined, MARSEILLE)).to.equal(undefined);
    expect(nearestPlace(new Map(), MARSEILLE)).to.equal(undefined);
  });
});
