import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePostmortem, utf8Length } from './generate-postmortem.js';

const SEEDS = Array.from({ length: 300 }, (_, i) => i);

describe('generatePostmortem', () => {
  it('is deterministic per seed', () => {
    for (const seed of [0, 1, 42, 99_999]) {
      expect(generatePostmortem(seed)).toBe(generatePostmortem(seed));
    }
  });

  it('gives different documents for different seeds', () => {
    const docs = new Set(SEEDS.map((s) => generatePostmortem(s)));
    expect(docs.size).toBe(SEEDS.length);
  });

  it('lands between 4 and 5 KB by default', () => {
    for (const seed of SEEDS) {
      const size = utf8Length(generatePostmortem(seed));
      expect(size, `seed ${seed}`).toBeGreaterThanOrEqual(4000);
      expect(size, `seed ${seed}`).toBeLessThanOrEqual(5000);
    }
  });

  it('follows a smaller target within 10 %', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const size = utf8Length(generatePostmortem(seed, 3000));
      expect(size).toBeGreaterThanOrEqual(2700);
      expect(size).toBeLessThanOrEqual(3300);
    }
  });

  it('varies front matter, headings, timelines and action items across seeds', () => {
    const docs = SEEDS.map((s) => generatePostmortem(s));
    const share = (re: RegExp): number => docs.filter((d) => re.test(d)).length / docs.length;
    expect(share(/^---\n/)).toBeGreaterThan(0.2);
    expect(share(/^\+\+\+\n/)).toBeGreaterThan(0.02);
    expect(share(/^(?!---|\+\+\+)/)).toBeGreaterThan(0.2);
    expect(share(/\n[^\n]+\n-{3,}\r?\n/)).toBeGreaterThan(0.05); // setext headings
    expect(share(/^\*\*[^*\n]+\*\*\r?$/m)).toBeGreaterThan(0.05); // bold labels as headings
    expect(share(/\| Time/)).toBeGreaterThan(0.05); // timeline as a table
    expect(share(/\d{4}hrs/)).toBeGreaterThan(0.02);
    expect(share(/\d:\d\d ?[AaPp][Mm]/)).toBeGreaterThan(0.1);
    expect(share(/- \[[ x]\] /)).toBeGreaterThan(0.1); // checklist action items
    expect(share(/\r\n/)).toBeGreaterThan(0.02);
    expect(share(/\*\*\w+ \d{1,2}, \d{4}\*\*/)).toBeGreaterThan(0.02); // crosses midnight
  });

  it('always has a timeline with times and action items with owners', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      const doc = generatePostmortem(seed);
      expect(doc).toMatch(/Impact begins/);
      expect(doc).toMatch(/Incident resolved/);
      expect(doc).toMatch(/owner|Owner|—|\| [A-Z][a-zø]+ /);
    }
  });

  it('uses no Node API, so benchmarks and browser code can import it', () => {
    const dir = new URL('.', import.meta.url);
    const generatorFiles = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['corpus.ts'].includes(f),
    );
    for (const file of generatorFiles) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/from 'node:/);
    }
  });
});

describe('utf8Length', () => {
  it('agrees with TextEncoder, lone surrogates included', () => {
    for (const s of ['', 'abc', 'Søren', '€', '👩🏽‍💻', '\uD800x', 'x\uDC00']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});
