import { beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { AccountStore } from './account-store.js';
import { testClock } from './test-support/clock.js';

const MINUTE = 60_000;

forEachDialect('LoginThrottle', (ctx) => {
  const clock = testClock();
  let accounts: AccountStore;
  beforeAll(() => {
    accounts = new AccountStore(ctx.handle, {
      now: clock.now,
      maxFailuresPerUsername: 3,
      maxFailuresPerIp: 5,
      loginWindowMs: 15 * MINUTE,
    });
  });

  it('blocks a username after its failures, whatever the case, until the oldest ages out', async () => {
    const throttle = accounts.throttle;
    for (const name of ['ada', 'ADA', 'Ada']) {
      await expect(throttle.retryAfter('ada', '10.0.0.1')).resolves.toBeUndefined();
      await throttle.recordFailure(name, '10.0.0.1');
      clock.advance(MINUTE);
    }
    // The first failure was 3 minutes ago: it ages out in 12 minutes.
    await expect(throttle.retryAfter('ada', '10.0.0.2')).resolves.toBe(12 * 60);
    await expect(throttle.retryAfter('bob', '10.0.0.2')).resolves.toBeUndefined();
    clock.advance(12 * MINUTE);
    await expect(throttle.retryAfter('ada', '10.0.0.2')).resolves.toBeUndefined();
  });

  it('blocks an address that tries many usernames, and clearing a username keeps that', async () => {
    const throttle = accounts.throttle;
    for (let i = 0; i < 5; i++) await throttle.recordFailure(`user${i}`, '10.9.9.9');
    await expect(throttle.retryAfter('someone-else', '10.9.9.9')).resolves.toBe(15 * 60);
    await throttle.clearUsername('user4');
    await expect(throttle.retryAfter('someone-else', '10.9.9.9')).resolves.toBe(15 * 60);
    await expect(throttle.retryAfter('someone-else', '10.9.9.8')).resolves.toBeUndefined();
  });
});
