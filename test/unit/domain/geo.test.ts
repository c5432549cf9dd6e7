import { describe, expect, it } from 'vitest';
import { createNearestIndex, haversineKm, isInUmbria, nearest, nearestIn } from '../../../src/domain/geo.js';

// A handful of real help points, placed at their comune's centre
// (Ponte San Giovanni: approximate centre of the frazione).
const POINTS = Object.freeze([
  { id: 'citta-di-castello', lat: 43.457032, lon: 12.238209 },
  { id: 'umbertide', lat: 43.306562, lon: 12.326949 },
  { id: 'ponte-san-giovanni', lat: 43.0833, lon: 12.4333 },
  { id: 'corciano', lat: 43.128378, lon: 12.286198 },
  { id: 'torgiano', lat: 43.02559, lon: 12.433982 },
  { id: 'assisi', lat: 43.070858, lon: 12.614947 },
  { id: 'marsciano', lat: 42.910777, lon: 12.337327 },
  { id: 'todi', lat: 42.78197, lon: 12.40694 },
  { id: 'foligno', lat: 42.95582, lon: 12.703252 },
  { id: 'spoleto', lat: 42.734375, lon: 12.738365 },
  { id: 'terni', lat: 42.560739, lon: 12.646782 },
  { id: 'narni', lat: 42.51926, lon: 12.515185 },
  { id: 'orvieto', lat: 42.718152, lon: 12.108224 },
  { id: 'norcia', lat: 42.792596, lon: 13.093182 },
  { id: 'gubbio', lat: 43.352975, lon: 12.579303 },
]);

const PERUGIA = { lat: 43.11183, lon: 12.38854 };
const TERNI = { lat: 42.560739, lon: 12.646782 };
const GUALDO_TADINO = { lat: 43.230909, lon: 12.784802 };
const MONTEFALCO = { lat: 42.893723, lon: 12.652382 };
const MILAN = { lat: 45.4642, lon: 9.19 };
const ROME = { lat: 41.9028, lon: 12.4964 };

const ids = (hits: { item: { id: string } }[]) => hits.map((h) => h.item.id);

describe('distance between two places', () => {
  it('matches the known Rome–Milan great-circle distance (~477 km)', () => {
    expect(haversineKm(ROME, MILAN)).toBeCloseTo(476.9, 0);
  });

  it('is zero for the same place and symmetric', () => {
    expect(haversineKm(PERUGIA, PERUGIA)).toBe(0);
    expect(haversineKm(PERUGIA, TERNI)).toBeCloseTo(haversineKm(TERNI, PERUGIA), 9);
  });
});

describe('finding the nearest help point', () => {
  const index = createNearestIndex(POINTS);

  it('someone in Perugia centre is sent to Ponte San Giovanni, then Corciano', () => {
    const hits = nearestIn(index, PERUGIA, 3);
    expect(ids(hits)).toEqual(['ponte-san-giovanni', 'corciano', 'torgiano']);
    expect(hits[0]?.km).toBeCloseTo(4.8, 0);
  });

  it('someone in Terni finds the Terni point right there, then Narni', () => {
    const hits = nearestIn(index, TERNI, 2);
    expect(ids(hits)).toEqual(['terni', 'narni']);
    expect(hits[0]?.km).toBeLessThan(0.01);
    expect(hits[1]?.km).toBeCloseTo(11.7, 0);
  });

  it('someone in a small comune gets the closest town with a point', () => {
    // Gubbio (21.5 km) narrowly beats Assisi (22.5 km).
    expect(ids(nearestIn(index, GUALDO_TADINO, 2))).toEqual(['gubbio', 'assisi']);
    expect(ids(nearestIn(index, MONTEFALCO, 1))).toEqual(['foligno']);
  });

  it('distances come back in ascending order', () => {
    const kms = nearestIn(index, PERUGIA, POINTS.length).map((h) => h.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(kms).toHaveLength(POINTS.length);
  });

  it('someone in Milan still gets results, with honest distances, and is flagged as outside Umbria', () => {
    const hits = nearestIn(index, MILAN, 3);
    expect(ids(hits)[0]).toBe('citta-di-castello');
    expect(hits[0]?.km).toBeGreaterThan(300);
    expect(hits[0]?.km).toBeLessThan(360);
    expect(isInUmbria(MILAN)).toBe(false);
  });

  it('a location at (0,0) in the Gulf of Guinea still works', () => {
    const hits = nearestIn(index, { lat: 0, lon: 0 }, 1);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.km).toBeGreaterThan(4800);
    expect(isInUmbria({ lat: 0, lon: 0 })).toBe(false);
  });

  it('a filter can restrict results (e.g. only points in the province of Terni)', () => {
    // From Perugia: Orvieto ~49 km, Terni ~65 km, Narni ~67 km.
    const tr = new Set(['terni', 'narni', 'orvieto']);
    expect(ids(nearestIn(index, PERUGIA, 2, (p) => tr.has(p.id)))).toEqual(['orvieto', 'terni']);
  });

  it('nonsense input gives no results instead of NaN distances', () => {
    expect(nearestIn(index, { lat: Number.NaN, lon: 12 }, 3)).toEqual([]);
    expect(nearestIn(index, { lat: 91, lon: 12 }, 3)).toEqual([]);
    expect(nearestIn(index, PERUGIA, 0)).toEqual([]);
    expect(nearestIn(index, PERUGIA, -2)).toEqual([]);
    expect(nearest([], PERUGIA, 3)).toEqual([]);
  });

  it('points with broken coordinates are skipped', () => {
    const pts = [{ id: 'broken', lat: Number.NaN, lon: 0 }, ...POINTS];
    expect(ids(nearest(pts, PERUGIA, 1))).toEqual(['ponte-san-giovanni']);
  });

  it('two points at the same place always come back in input order', () => {
    const twins = [
      { id: 'a', lat: 43, lon: 12 },
      { id: 'b', lat: 43, lon: 12 },
      { id: 'c', lat: 43, lon: 12 },
    ];
    expect(ids(nearest(twins, PERUGIA, 2))).toEqual(['a', 'b']);
    expect(ids(nearest(twins, PERUGIA, 3))).toEqual(['a', 'b', 'c']);
  });

  it('large k gives the same answer as sorting everything', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const pts = Array.from({ length: 400 }, (_, i) => ({ id: String(i), lat: 36 + rnd() * 11, lon: 6 + rnd() * 12 }));
    const expected = pts
      .map((p, i) => ({ id: p.id, i, km: haversineKm(PERUGIA, p) }))
      .sort((a, b) => a.km - b.km || a.i - b.i)
      .map((x) => x.id);
    expect(ids(nearest(pts, PERUGIA, 10))).toEqual(expected.slice(0, 10));
    expect(ids(nearest(pts, PERUGIA, 300))).toEqual(expected.slice(0, 300));
  });

  it('does not change the caller’s points', () => {
    const pts = POINTS.map((p) => Object.freeze({ ...p }));
    Object.freeze(pts);
    expect(() => nearest(pts, PERUGIA, 3)).not.toThrow();
  });
});

describe('is the person in Umbria?', () => {
  it('recognises places in Umbria', () => {
    expect(isInUmbria(PERUGIA)).toBe(true);
    expect(isInUmbria(TERNI)).toBe(true);
    expect(isInUmbria({ lat: 43.548431, lon: 12.176525 })).toBe(true); // San Giustino, far north
  });

  it('rejects places elsewhere and nonsense', () => {
    expect(isInUmbria(ROME)).toBe(false);
    expect(isInUmbria({ lat: Number.NaN, lon: 12.4 })).toBe(false);
  });
});
