import { describe, expect, it } from 'vitest';
import { compactName, damerauLevenshtein, expandAbbreviations, normalizeName } from '../../../src/domain/text.js';

describe('names typed in different ways normalise to the same key', () => {
  it.each([
    ['Città di Castello', 'citta di castello'],
    ["Citta' di Castello", 'citta di castello'],
    ['CITTÀ  DI   CASTELLO ', 'citta di castello'],
    ["Sant'Anatolia di Narco", 'sant anatolia di narco'],
    ['Sant’Anatolia di Narco', 'sant anatolia di narco'],
    ["Giano dell'Umbria", 'giano dell umbria'],
    ['Scheggia-e-Pascelupo', 'scheggia e pascelupo'],
    ['Ponte S.Giovanni', 'ponte s giovanni'],
    ['ＰＥＲＵＧＩＡ', 'perugia'], // full-width letters from some keyboards
    ['  ', ''],
    ['😀😀', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps letters of other scripts (they just will not match Italian names)', () => {
    expect(normalizeName('مرحبا')).toBe('مرحبا');
  });

  it('compact form ignores spaces, so "santanatolia" meets "sant anatolia"', () => {
    expect(compactName(normalizeName("Sant'Anatolia"))).toBe('santanatolia');
  });
});

describe('abbreviations expand to the names they stand for', () => {
  it('"S." can be San, Santa, Santo or Sant', () => {
    expect(expandAbbreviations('ponte s giovanni')).toEqual([
      'ponte san giovanni',
      'ponte santa giovanni',
      'ponte santo giovanni',
      'ponte sant giovanni',
      'ponte s giovanni',
    ]);
  });

  it('"SS." is Santi, "Sta" Santa, "Sto" Santo, "M." Monte, "C." Città', () => {
    expect(expandAbbreviations('ss trinita')[0]).toBe('santi trinita');
    expect(expandAbbreviations('sta maria')[0]).toBe('santa maria');
    expect(expandAbbreviations('sto stefano')[0]).toBe('santo stefano');
    expect(expandAbbreviations('m castello di vibio')[0]).toBe('monte castello di vibio');
    expect(expandAbbreviations('c di castello')[0]).toBe('citta di castello');
  });

  it('names without abbreviations come back unchanged', () => {
    expect(expandAbbreviations('perugia')).toEqual(['perugia']);
    expect(expandAbbreviations('')).toEqual([]);
  });

  it('many abbreviations cannot blow up the number of spellings', () => {
    expect(expandAbbreviations('s s s s s s').length).toBeLessThanOrEqual(8);
  });
});

describe('edit distance counts typos the way people make them', () => {
  it.each([
    ['perugia', 'perugia', 0],
    ['gualdotadno', 'gualdotadino', 1], // missing letter
    ['spoelto', 'spoleto', 1], // swapped letters
    ['foligmo', 'foligno', 1], // wrong key
    ['kitten', 'sitting', 3],
    ['', 'todi', 4],
    ['ca', 'abc', 3], // optimal string alignment, not unrestricted Damerau
  ])('%j vs %j = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('gives up early above the bound and reports bound + 1', () => {
    expect(damerauLevenshtein('perugia', 'terni', 2)).toBe(3);
    expect(damerauLevenshtein('todi', 'narni', 1)).toBe(2);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
    expect(damerauLevenshtein('spoelto', 'spoleto', 1)).toBe(1);
    expect(damerauLevenshtein('abcdef', 'badcfe', 3)).toBe(3);
    expect(damerauLevenshtein('abcdef', 'badcfe', 2)).toBe(3);
  });

  it('the bounded answer agrees with the unbounded one whenever it is within the bound', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const word = () => Array.from({ length: 1 + rnd(8) }, () => 'abcd'[rnd(4)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      const full = damerauLevenshtein(a, b);
      for (const bound of [0, 1, 2, 3]) {
        expect(damerauLevenshtein(a, b, bound)).toBe(full <= bound ? full : bound + 1);
      }
    }
  });
});
