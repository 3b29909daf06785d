import { describe, expect, it } from 'vitest';
import { hindsightContender, markdownItContender } from './contenders.js';

describe('markdownItContender', () => {
  it('counts the tokens of a document', () => {
    expect(markdownItContender().parse('# Title\n\ntext\n')).toBeGreaterThan(3);
  });
});

describe('hindsightContender', () => {
  it('wraps parsePostmortem from the loaded module', async () => {
    const seen: string[] = [];
    const contender = await hindsightContender(async () => ({
      parsePostmortem: (text: string) => {
        seen.push(text);
        return { diagnostics: [{}, {}] };
      },
    }));
    expect(contender.parse('doc')).toBe(3);
    expect(seen).toEqual(['doc']);
  });

  it('explains what to do when the module has no parser yet', async () => {
    await expect(hindsightContender(async () => ({}))).rejects.toThrow(/--only markdown-it/);
  });

  it('explains what to do when core is not built', async () => {
    const missing = async (): Promise<unknown> => {
      throw new Error('Cannot find module');
    };
    await expect(hindsightContender(missing)).rejects.toThrow(/npm run build/);
  });
});
