import { describe, expect, it } from 'vitest';
import { createTownIndex, matchTown, type TownEntry } from '../../../src/domain/towns.js';

const comune = (id: string, name: string): TownEntry => ({ id, name, kind: 'comune', comuneId: id });
const frazione = (id: string, name: string, comuneId: string): TownEntry => ({ id, name, kind: 'frazione', comuneId });

// Real comuni (ISTAT codes) and frazioni of Umbria.
const ENTRIES: readonly TownEntry[] = Object.freeze([
  comune('054039', 'Perugia'),
  comune('055032', 'Terni'),
  comune('054018', 'Foligno'),
  comune('054013', 'Città di Castello'),
  comune('054012', 'Città della Pieve'),
  comune('054023', 'Gualdo Tadino'),
  comune('054022', 'Gualdo Cattaneo'),
  comune('054045', "Sant'Anatolia di Narco"),
  comune('054052', 'Todi'),
  comune('054051', 'Spoleto'),
  comune('054015', 'Corciano'),
  comune('054044', 'San Giustino'),
  comune('055029', 'San Gemini'),
  comune('054021', "Giano dell'Umbria"),
  comune('054032', 'Monte Santa Maria Tiberina'),
  comune('054029', 'Monte Castello di Vibio'),
  comune('054026', 'Magione'),
  comune('055022', 'Narni'),
  comune('054053', 'Torgiano'),
  frazione('f-psg', 'Ponte San Giovanni', '054039'),
  frazione('f-smda', 'Santa Maria degli Angeli', '054001'),
  frazione('f-sfel', 'San Feliciano', '054026'),
  frazione('f-tav', 'Tavernelle', '054037'),
  frazione('f-tord', 'Tordibetto', '054001'),
  frazione('f-pila', 'Pila', '054039'),
  frazione('f-perug', 'Perugina', '054039'), // a look-alike to prove exact beats fuzzy
]);

const index = createTownIndex(ENTRIES);
const top = (q: string) => matchTown(index, q)[0];
const names = (q: string) => matchTown(index, q).map((m) => m.entry.name);

describe('finding the town someone typed', () => {
  it('an exact name wins, even against a look-alike one typo away', () => {
    const matches = matchTown(index, 'perugia');
    expect(matches[0]).toMatchObject({ kind: 'exact', score: 1, entry: { id: '054039' } });
    expect(matches.some((m) => m.kind === 'fuzzy')).toBe(false);
  });

  it.each(['Città di Castello', 'citta di castello', "Citta' di Castello", 'CITTA DI CASTELLO'])(
    '%j is Città di Castello',
    (q) => {
      expect(top(q)).toMatchObject({ kind: 'exact', entry: { name: 'Città di Castello' } });
    },
  );

  it('one typo in a long name is forgiven: "gualdo tadno" → Gualdo Tadino', () => {
    expect(top('gualdo tadno')).toMatchObject({ kind: 'fuzzy', entry: { name: 'Gualdo Tadino' } });
  });

  it('two typos in a long name are forgiven: "gualda tadno" → Gualdo Tadino', () => {
    expect(top('gualda tadno')?.entry.name).toBe('Gualdo Tadino');
  });

  it('swapped letters count as one typo: "Spoelto" → Spoleto', () => {
    expect(top('Spoelto')?.entry.name).toBe('Spoleto');
  });

  it('"Ponte S. Giovanni" finds the frazione Ponte San Giovanni, in Perugia', () => {
    expect(top('Ponte S. Giovanni')).toMatchObject({
      kind: 'exact',
      entry: { name: 'Ponte San Giovanni', kind: 'frazione', comuneId: '054039' },
    });
    expect(top('ponte s.giovanni')?.entry.id).toBe('f-psg');
  });

  it('"S. Maria degli Angeli" and "Sta Maria degli Angeli" find Santa Maria degli Angeli', () => {
    expect(top('S. Maria degli Angeli')).toMatchObject({ kind: 'exact', entry: { id: 'f-smda' } });
    expect(top('sta maria degli angeli')).toMatchObject({ kind: 'exact', entry: { id: 'f-smda' } });
  });

  it.each(["Sant'Anatolia di Narco", 'santanatolia di narco', 'S. Anatolia di Narco', 'sant anatolia', 'santanatolia'])(
    '%j finds Sant’Anatolia di Narco',
    (q) => {
      expect(top(q)?.entry.id).toBe('054045');
    },
  );

  it('"M. Castello di Vibio" and "C. di Castello" expand the abbreviation', () => {
    expect(top('M. Castello di Vibio')?.entry.id).toBe('054029');
    expect(top('C. di Castello')?.entry.id).toBe('054013');
  });

  it('the start of a name lists what it could be, shortest first', () => {
    expect(names('gualdo')).toEqual(['Gualdo Tadino', 'Gualdo Cattaneo']);
    expect(matchTown(index, 'gualdo').every((m) => m.kind === 'prefix')).toBe(true);
    expect(names('citta d')).toContain('Città della Pieve');
  });

  it('a later word of the name is enough: "tadino" → Gualdo Tadino', () => {
    expect(top('tadino')).toMatchObject({ kind: 'prefix', entry: { name: 'Gualdo Tadino' } });
  });

  it('"todi" finds Todi only, not every four-letter look-alike', () => {
    expect(names('todi')).toEqual(['Todi']);
    expect(names('Todi')).toEqual(['Todi']);
  });

  it('a short name with a typo still finds it: "todj" → Todi', () => {
    expect(top('todj')).toMatchObject({ kind: 'fuzzy', entry: { name: 'Todi' } });
  });

  it('three letters are too few to guess a typo, but enough to start a name', () => {
    expect(names('pia')).toEqual([]); // not "Pila": one letter off, but too short to tell
    expect(names('pil')).toEqual(['Pila']);
  });

  it('ignores "Comune di" in front and a province code behind', () => {
    expect(top('Comune di Perugia')?.entry.id).toBe('054039');
    expect(top('Todi (PG)')?.entry.id).toBe('054052');
    expect(top("Giano dell'Umbria")?.entry.id).toBe('054021');
  });

  it('returns at most the requested number of matches', () => {
    expect(matchTown(index, 'san', { limit: 2 })).toHaveLength(2);
    expect(matchTown(index, 'san').length).toBeLessThanOrEqual(5);
    expect(matchTown(index, 'perugia', { limit: 0 })).toEqual([]);
  });

  it('a town that is not in the list gives no matches', () => {
    expect(matchTown(index, 'Milano')).toEqual([]);
    expect(matchTown(index, 'xyzzy')).toEqual([]);
  });
});

describe('odd input never breaks the search', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['emoji only', '😀😀'],
    ['Arabic', 'مرحبا'],
    ['5,000 characters', 'perugia'.repeat(715)],
    ['101 characters', 'a'.repeat(101)],
    ['lone surrogate', '\uD800perugia\uDFFF'.slice(0, 1)],
    ['control characters', '\u0000\u200f\u202e'],
  ])('%s → []', (_label, q) => {
    expect(() => matchTown(index, q)).not.toThrow();
    expect(matchTown(index, q)).toEqual([]);
  });

  it('right-to-left marks around a real name are ignored', () => {
    expect(top('\u200fPerugia\u200f')?.entry.id).toBe('054039');
  });

  it('an index over no towns answers []', () => {
    expect(matchTown(createTownIndex([]), 'perugia')).toEqual([]);
  });

  it('aliases lead to the same place', () => {
    const withAlias = createTownIndex([{ ...comune('054013', 'Città di Castello'), aliases: ['Tifernum'] }]);
    expect(matchTown(withAlias, 'tifernum')[0]?.entry.id).toBe('054013');
  });
});
