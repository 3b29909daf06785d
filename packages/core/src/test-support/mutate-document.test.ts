import { describe, expect, it } from 'vitest';
import { generatePostmortem } from './generate-postmortem.js';
import { mutateDocument, randomDocument } from './mutate-document.js';

const BASE = generatePostmortem(5);
const SEEDS = Array.from({ length: 500 }, (_, i) => i);

describe('mutateDocument', () => {
  it('is deterministic per seed', () => {
    for (const seed of [0, 3, 77]) {
      expect(mutateDocument(BASE, seed)).toBe(mutateDocument(BASE, seed));
    }
  });

  it('always changes the document', () => {
    for (const seed of SEEDS) expect(mutateDocument(BASE, seed), `seed ${seed}`).not.toBe(BASE);
  });

  it('changes even an empty or one-line document', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      expect(mutateDocument('', seed)).not.toBe('');
      expect(mutateDocument('# Title', seed)).not.toBe('# Title');
    }
  });

  it('gives mostly different mutations for different seeds', () => {
    const outputs = new Set(SEEDS.map((s) => mutateDocument(BASE, s)));
    expect(outputs.size).toBeGreaterThan(SEEDS.length * 0.9);
  });

  it('produces each kind of damage somewhere in 500 seeds', () => {
    const outputs = SEEDS.map((s) => mutateDocument(BASE, s));
    const some = (test: (s: string) => boolean): boolean => outputs.some(test);
    // A cut inside a multi-byte character: on a text dense with them, since a generated
    // document has only a few and whether a cut lands in one is luck of the seed.
    const dense = `${BASE.slice(0, 200)}\n${'Ünïcödé — 東京 '.repeat(200)}`;
    expect(SEEDS.some((s) => mutateDocument(dense, s).includes('\uFFFD'))).toBe(true);
    expect(some((s) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s))).toBe(true); // lone surrogate
    expect(some((s) => s.startsWith('\uFEFF'))).toBe(true);
    expect(some((s) => s.includes('\r\n') && /[^\r]\n/.test(s))).toBe(true); // mixed endings
    expect(some((s) => s.length < BASE.length / 2)).toBe(true); // truncated
    expect(some((s) => s.includes('\u0000'))).toBe(true);
    expect(some((s) => /13:55 PM|25:99|--:--|2100hrs/.test(s))).toBe(true);
  });

  it('cuts inside front matter sometimes', () => {
    const withFm = '---\ntitle: "Ünïcödé title"\ndate: 2024-01-02\n---\n\n# Body\n\ntext\n';
    const cut = SEEDS.map((s) => mutateDocument(withFm, s)).filter(
      (s) => s.startsWith('---') && !s.slice(3).includes('---') && s.length < withFm.length,
    );
    expect(cut.length).toBeGreaterThan(0);
  });
});

describe('randomDocument', () => {
  it('is deterministic per seed and varies across seeds', () => {
    expect(randomDocument(11)).toBe(randomDocument(11));
    const docs = new Set(SEEDS.slice(0, 200).map((s) => randomDocument(s)));
    expect(docs.size).toBe(200);
  });

  it('mixes plausible structure with hostile fragments', () => {
    const all = SEEDS.slice(0, 200).map((s) => randomDocument(s));
    expect(all.some((d) => /^#{1,3} /m.test(d))).toBe(true);
    expect(all.some((d) => /^- \d\d:\d\d - /m.test(d))).toBe(true);
    expect(all.some((d) => /<p|<h2>|<li>/.test(d))).toBe(true);
    expect(all.some((d) => d.includes('\r'))).toBe(true);
  });
});
