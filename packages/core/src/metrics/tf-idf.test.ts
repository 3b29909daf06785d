import { describe, expect, it } from 'vitest';
import { buildTfIdf, cosine, vectorise } from './tf-idf.js';

describe('buildTfIdf', () => {
  // Three documents: a appears in all, b in two, c in one.
  const corpus = buildTfIdf([
    ['a', 'b'],
    ['a', 'c'],
    ['a', 'a', 'b'],
  ]);
  const idfB = 1 + Math.log(4 / 3);
  const idfC = 1 + Math.log(4 / 2);

  it('weighs terms by smoothed inverse document frequency', () => {
    expect([...corpus.idf]).toEqual([1, idfB, idfC]);
    expect([...corpus.df]).toEqual([3, 2, 1]);
  });

  it('uses 1 + ln(tf) and normalises each vector', () => {
    const third = corpus.vectors[2];
    const a = 1 + Math.log(2);
    const norm = Math.hypot(a, idfB);
    expect([...(third?.terms ?? [])]).toEqual([0, 1]);
    expect(third?.weights[0]).toBeCloseTo(a / norm, 12);
    expect(third?.weights[1]).toBeCloseTo(idfB / norm, 12);
  });

  it('gives cosine 1 for a vector with itself and the hand-computed value otherwise', () => {
    const [d0, d1] = corpus.vectors;
    if (!d0 || !d1) throw new Error('vectors missing');
    expect(cosine(d0, d0)).toBeCloseTo(1, 12);
    // Only `a` is shared: (1 / |d0|) × (1 / |d1|).
    expect(cosine(d0, d1)).toBeCloseTo(1 / Math.hypot(1, idfB) / Math.hypot(1, idfC), 12);
  });

  it('lists, for each term, the documents that have it', () => {
    expect([...(corpus.postings[0]?.docs ?? [])]).toEqual([0, 1, 2]);
    expect([...(corpus.postings[2]?.docs ?? [])]).toEqual([1]);
  });

  it('vectorises an outside document with the corpus weights, dropping unknown terms', () => {
    const v = vectorise(['c', 'zebra'], corpus);
    expect([...v.terms]).toEqual([2]);
    expect(v.weights[0]).toBeCloseTo(1, 12);
    expect(vectorise([], corpus).terms).toHaveLength(0);
  });

  it('keeps only the heaviest terms when asked, ties to the alphabetically first', () => {
    // d0 has a (idf 1) and b (idf > 1); d3 has x and y, both in one document only.
    const small = buildTfIdf(
      [
        ['a', 'b'],
        ['a', 'c'],
        ['a', 'a', 'b'],
        ['y', 'x'],
      ],
      { maxTerms: 1 },
    );
    const [d0, , , d3] = small.vectors;
    expect([...(d0?.terms ?? [])].map((t) => small.terms[t])).toEqual(['b']);
    expect(d0?.weights[0]).toBeCloseTo(1, 12);
    expect([...(d3?.terms ?? [])].map((t) => small.terms[t])).toEqual(['x']);
    // df still counts every document with the term; the lists hold only the kept terms. `a`
    // is kept only in d2, where it occurs twice: (1 + ln 2) · 1 > 1 + ln(5/3), b's weight.
    const a = small.vocabulary.get('a') ?? -1;
    expect(small.df[a]).toBe(3);
    expect([...(small.postings[a]?.docs ?? [])]).toEqual([2]);
    expect(vectorise(['a', 'b', 'c'], small).terms).toHaveLength(1);
  });
});
