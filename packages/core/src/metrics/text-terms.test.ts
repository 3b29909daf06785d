import { describe, expect, it } from 'vitest';
import { textTerms } from './text-terms.js';

describe('textTerms', () => {
  it('lower-cases, drops stop words and numbers, and stems', () => {
    expect(textTerms('The root cause was a bad config change to 3 Load Balancers.')).toEqual([
      'bad',
      'configur',
      'chang',
      'load',
      'balancer',
    ]);
  });

  it('drops URLs and one-letter words', () => {
    expect(textTerms('See https://example.com/x?y=1 for a DB failover')).toEqual([
      'see',
      'databas',
      'failover',
    ]);
  });

  it('reports each kept term with the word it came from', () => {
    const seen: string[] = [];
    textTerms('Deploys failed', (term, word) => seen.push(`${term}<${word}`));
    expect(seen).toEqual(['deploy<deploys', 'fail<failed']);
  });
});
