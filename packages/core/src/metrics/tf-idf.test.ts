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
});
