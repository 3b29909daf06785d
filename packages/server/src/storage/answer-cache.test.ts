import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';
import type { CachedAnswer } from './answer-cache.js';

function answer(id: string, bytes: number): CachedAnswer {
  return { id, revision: 1, body: Buffer.alloc(bytes, 'x'), access: null, verifiedAt: undefined };
}

describe('AnswerCache', () => {
  it('keeps answers within its byte limit, dropping the least recently read first', () => {
    // Each entry costs its body plus 256 bytes of overhead (3,000 here): 8 fit in 24,000.
    const cache = new AnswerCache(3000 * 8);
    for (const id of ['a', 'b', 'c']) cache.set(id, answer(id, 2744));
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(3 * 3000);
    cache.get('a');
    for (const id of ['d', 'e', 'f', 'g', 'h']) cache.set(id, answer(id, 2744));
    expect(cache.bytes).toBeLessThanOrEqual(3000 * 8);
    expect(cache.size).toBe(8);
    cache.set('i', answer('i', 2744));
    // 'b' was the least recently used ('a' was read after it was kept).
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.id).toBe('a');
    expect(cache.size).toBe(8);
  });

  it('spares an entry read since it was kept once, and drops it when it is not read again', () => {
    const cache = new AnswerCache(3000 * 8);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.set(id, answer(id, 2744));
    cache.get('a');
    cache.get('b');
    cache.set('i', answer('i', 2744)); // spares a and b (now last), drops c
    expect(cache.get('c')).toBeUndefined();
    cache.set('j', answer('j', 2744)); // d is the oldest now
    expect(cache.get('d')).toBeUndefined();
    // a and b were passed over once and not read since: they go next, in that order.
    for (const id of ['e', 'f', 'g', 'h', 'i', 'j']) cache.get(id);
    cache.set('k', answer('k', 2744));
    expect([cache.get('a'), cache.get('b')?.id]).toEqual([undefined, 'b']);
    expect(cache.size).toBe(8);
  });

  it('replaces an answer kept under the same key, and forgets deleted ones', () => {
    const cache = new AnswerCache(1024 * 1024);
    cache.set('a', answer('a', 100));
    cache.set('a', { ...answer('a', 200), revision: 2 });
    expect(cache.get('a')?.revision).toBe(2);
    expect(cache.bytes).toBe(200 + 256);
    cache.delete('a');
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('does not keep an answer larger than an eighth of its room, nor anything at 0', () => {
    const cache = new AnswerCache(8000);
    cache.set('small', answer('small', 500));
    cache.set('huge', answer('huge', 2000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')?.id).toBe('small');
    const none = new AnswerCache(0);
    none.set('a', answer('a', 1));
    expect(none.size).toBe(0);
  });
});
