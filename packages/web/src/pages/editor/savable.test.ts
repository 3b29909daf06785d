import { buildPostmortem } from '@hindsight/core';
import { describe, expect, it } from 'vitest';
import { savable } from './savable.js';

describe('savable', () => {
  it('leaves out contributing factors with no text, and keeps the rest in order', () => {
    const model = buildPostmortem({
      title: 'Queue backlog',
      rootCause: {
        contributingFactors: [
          { text: 'No alert on queue depth', category: 'monitoring' },
          { text: '  ' },
          { text: 'Retries doubled the load' },
        ],
      },
    });
    expect(savable(model).rootCause.contributingFactors).toEqual([
      { text: 'No alert on queue depth', category: 'monitoring' },
      { text: 'Retries doubled the load' },
    ]);
  });

  it('returns the same model when nothing needs leaving out', () => {
    const model = buildPostmortem({
      title: 'Queue backlog',
      rootCause: { contributingFactors: [{ text: 'No alert on queue depth' }] },
    });
    expect(savable(model)).toBe(model);
  });
});
